/**
 * Markdown 转义：让任何文本在 GitHub 评论中按原样显示为文字——不成为标题、列表、强调、链接、
 * 代码、表格分隔、数学公式、表情或 HTML。
 *
 * - `<` `>` `&` 写成 HTML 实体（GitHub 不会把它们当成标签，也不会把 `&lt;` 之类还原成标签）；
 * - Markdown 的标点 `\` `` ` `` `*` `_` `[` `]` `#` `|` `~` `$` `:` `@` 前加反斜杠（`:` 阻止
 *   `https://` 自动链接与 `:emoji:`，`@` 阻止邮箱自动链接，`$` 阻止数学公式，`|` 不会拆开表格单元格）；
 * - `www.` 写成 `www\.`，阻止自动链接；
 * - 控制字符去掉；
 * - 换行：表格单元格（inline）里一行不能换行，换行与制表符变为空格；段落（block）里每行成为硬换行
 *   （行尾反斜杠，不用 HTML），行首的 `-` `+` `=` 与 `1.` `1)` 也转义，不会变成列表或标题，行首空白去掉
 *   （否则四个空格会成为代码块）。
 */

const punctuation = /[\\`*_[\]#|~$:@]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: 正是要去掉控制字符
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function escapeInline(text: string): string {
  return text
    .replace(controls, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(punctuation, (c) => `\\${c}`)
    .replace(/\b(www)\./gi, "$1\\.");
}

/** 表格单元格、列表项中的一段文字：不跨行。 */
export function escapeMarkdownInline(text: string): string {
  return escapeInline(text.replace(/\r\n?|\n|\t/g, " "));
}

/** 段落中的文字：每行一个硬换行；空行去掉（不会把段落拆开）。 */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\t/g, " ")
    .split(/\r\n?|\n/)
    .map((l) => l.trimStart())
    .filter((l) => l !== "")
    .map((l) =>
      escapeInline(l)
        .replace(/^([-+=])/, "\\$1")
        .replace(/^(\d{1,9})([.)])/, "$1\\$2"),
    )
    .join("\\\n");
}
