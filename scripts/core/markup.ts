/**
 * 提交者的文字只作为文字显示：机器人发出的每一段 Markdown 或 HTML（Danger 的 fail/warn 与行内评论、
 * PR 报告、阶段评论、审计 issue、漂移报告、交付通知与清单、官方表单）中，凡是来自仓库文件、PR、审查意见
 * 或云上的文字，都经过这里的函数，不会成为链接、图片、HTML 元素、标题、列表、表格、强调、代码、数学公式、
 * 自动链接，也不会 @ 到人、# 链到 issue。说明见 docs/escaping.md。
 *
 * - inlineText：一行文字（表格单元格、列表项、标题、`<summary>` 中）；Markdown 与 HTML 中都成立；
 * - blockText：一段多行文字（段落），每行一个硬换行；
 * - codeSpan：文件名、路径、资源名放进代码样式，任何反引号都不会提前结束它；
 * - htmlText：HTML 文档（A4 表单）中的文字；
 * - visible：不可见字符（双向控制符、零宽字符、控制字符）写成可见的 `<U+202E>`，纯文本输出也可用；
 * - md`…${值}…`：我们写的 Markdown 与提交者的值混在一起时用：字面部分原样，插值按 inlineText 转义，
 *   除非用 raw()（已是 Markdown）或 code()（代码样式）包装。
 *
 * 为什么用 HTML 实体而不用反斜杠：Danger 把 fail/warn 的消息放进 HTML 表格的 `<td>`，消息里没有
 * `` ` * _ ~ [ `` 时不加空行，整段按 HTML 处理，反斜杠会原样显示；实体（`&#42;`）在 Markdown 与 HTML
 * 中都是一个普通字符，CommonMark 规定实体不能充当 Markdown 的语法符号。
 *
 * 为什么 `@` 与 `#1` 后面加 `<wbr>`：GitHub 的 @提及 与 #编号 引用是在 Markdown 变成 HTML 之后、
 * 在 HTML 的文字节点上识别的（代码与链接中除外），那时 `\@` 和 `&#64;` 都已经变回了 `@`；
 * `<wbr>` 是一个元素（可换行处，不显示、不占宽度，复制时也不产生字符），把 `@` 与用户名分在两个文字节点中，
 * 于是不再构成提及。不用零宽字符：它们是看不见的陷阱，加载器也拒绝它们。
 */
import Handlebars from "handlebars";

// ---------- 不可见字符 ----------

/**
 * 会改变显示方向、看不见或会打乱版面的字符：C0/C1 控制字符（制表符、换行、回车除外）、
 * 阿拉伯字母标记 U+061C、零宽字符与方向标记 U+200B–U+200F、行/段分隔符 U+2028/U+2029、
 * 双向嵌入与覆盖 U+202A–U+202E、U+2060–U+2069（含双向隔离 U+2066–U+2069）、BOM U+FEFF、
 * 行间注释 U+FFF9–U+FFFB、标签字符 U+E0000–U+E007F。
 */
const invisible =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: 正是要找出控制字符
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
const layout = /[\t\n\r]/g;

const codePoint = (ch: string) =>
  `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;

/**
 * 不可见字符写成 `<U+202E>` 这样的可见文字。`layout` 为 true 时制表符、换行、回车也这样写
 * （文件名、代码样式中）；否则保留它们，由调用方决定怎样换行。
 */
export function visible(text: string, options: { layout?: boolean } = {}): string {
  const shown = text.replace(invisible, codePoint);
  return options.layout ? shown.replace(layout, codePoint) : shown;
}

// ---------- Markdown ----------

/** 换成实体的字符：HTML 的 & < >，以及 Markdown 中能开始语法的标点。 */
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "~": "&#126;",
  "|": "&#124;",
  $: "&#36;",
  ":": "&#58;",
  "#": "&#35;",
};

/**
 * 一次扫描：`GH-1`、`#1`、`@name` 在其后加 `<wbr>`（见文件头）；`www.` 与 `example.com` 这样字母数字之间、
 * 字母之前的点写成实体（GitHub 只自动链接 www. 开头的地址，别的 Markdown 引擎也链接裸域名；`2.5`、IP 地址不变）；
 * 其余特殊字符写成实体。`:` 写成实体后 `https://`、`mailto:` 与 `:emoji:` 都不再被识别。
 */
const special = /GH-(?=\d)|www\.|(?<=[\p{L}\p{N}-])\.(?=[A-Za-z])|@(?=[A-Za-z0-9_-])|[&<>\\`*_[\]~|$:#]/giu;

const entity = (ch: string) => `&#${ch.charCodeAt(0)};`;

function escapeLine(line: string): string {
  const escaped = line.replace(special, (m: string, at: number) => {
    if (m.length === 3) return `${m}<wbr>`; // GH-1
    if (m.length === 4) return `${m.slice(0, 3)}&#46;`; // www.
    if (m === ".") return "&#46;"; // example.com：不成为域名自动链接
    if (m === "@") return "@<wbr>";
    if (m === "#" && /\d/.test(line.charAt(at + 1))) return "&#35;<wbr>";
    return entities[m] ?? entity(m);
  });
  // 行首的 `- `、`+ `、`1. `、`1) ` 不成为列表，`---`、`===` 不成为分隔线或标题
  return escaped
    .replace(/^[-+](?=[ \t]|$)/, entity)
    .replace(/^[-=](?=[-= \t]*$)/, entity)
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, (_, n: string, c: string) => n + entity(c));
}

/**
 * 一行文字：表格单元格、列表项、标题、Danger 消息、`<summary>` 中都按原样显示为文字。
 * 换行与制表符成为空格，开头的空白去掉（否则可能成为代码块或列表的延续）。
 */
export function inlineText(text: string): string {
  return escapeLine(
    visible(text)
      .replace(/\r\n?|[\n\t]/g, " ")
      .trimStart(),
  );
}

/**
 * 一段多行文字（Markdown 段落中）：每行一个硬换行（行尾反斜杠）；空行去掉，不会把段落拆开，
 * 行首空白去掉，不会成为代码块。只用于 Markdown 中（HTML 中用 inlineText 或 htmlText）。
 */
export function blockText(text: string): string {
  return visible(text)
    .split(/\r\n?|\n/)
    .map((l) => inlineText(l).trimEnd())
    .filter((l) => l !== "")
    .join("\\\n");
}

/** 文字中最长的一串 ch（不展开成参数，很长的文字也不会超出调用栈）。 */
function longestRun(text: string, ch: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * 代码样式中的文件名、路径、资源名：用比内容中最长的反引号串多一个的反引号包起来，内容以反引号开头或结尾、
 * 或两端都是空格时两边各加一个空格（CommonMark 会去掉这一对空格）。换行等不可见字符写成 `<U+000A>`。
 * 内容为空、全是空白或含 `|`（GFM 表格在代码样式中也按 `|` 分列）时，退回为 inlineText。
 */
export function codeSpan(text: string): string {
  const content = visible(text, { layout: true });
  if (content.trim() === "" || content.includes("|")) return inlineText(text);
  const fence = "`".repeat(longestRun(content, "`") + 1);
  const pad = /^`|`$/.test(content) || (content.startsWith(" ") && content.endsWith(" ")) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

// ---------- HTML ----------

/** HTML 文档（A4 表单）中的文字或属性值：与 Handlebars 的 {{ }} 相同的转义，外加不可见字符可见。 */
export function htmlText(text: string): string {
  return Handlebars.Utils.escapeExpression(visible(text));
}

// ---------- 混合：我们的 Markdown 与提交者的值 ----------

/** 已经是 Markdown 的片段（我们自己写的，或已转义的）。 */
export class Markup {
  constructor(readonly markdown: string) {}
  toString(): string {
    return this.markdown;
  }
}

/** 标明一段文字已是 Markdown，md`` 不再转义它。只用于我们自己写的文字或已转义的结果。 */
export const raw = (markdown: string): Markup => new Markup(markdown);

/** 代码样式（codeSpan）的插值。 */
export const code = (text: string): Markup => new Markup(codeSpan(text));

/**
 * 模板：字面部分是我们写的 Markdown，原样保留；插值是文字，按 inlineText 转义；
 * raw()、code() 包装的插值原样放入。例：md`- [ ] ${code(id)} ${serviceName} · ${raw("**人工**")}`。
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += v instanceof Markup ? v.markdown : inlineText(String(v ?? ""));
    out += strings[i + 1] ?? "";
  });
  return out;
}

/**
 * 围栏代码块（如起草的 YAML）：围栏比内容中最长的反引号串长（至少三个），内容中的任何一行都结束不了它。
 * 不可见字符写成 `<U+202E>`（换行、制表符保留）。
 */
export function codeBlock(text: string, info = ""): string {
  const content = visible(text).replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(2, longestRun(content, "`")) + 1);
  return `${fence}${info.replace(/[`\s]/g, "")}\n${content}\n${fence}`;
}
