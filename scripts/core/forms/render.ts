import Handlebars from "handlebars";
import { blockText, htmlText, inlineText } from "../markup.ts";
import type { Block, Cell, Choice, FormDocument, Line, Notes, Signature } from "./model.ts";

/**
 * 表单模型 → Markdown（拉取请求评论）与 HTML（A4 打印，再由 Chromium 打印成 PDF）。
 *
 * 模板在 ./templates/，由调用方读好传进来（formRenderer；读文件的是 scripts/adapters/templates.ts），
 * 注册在各自独立的 Handlebars 实例上，首次使用时编译一次。
 * HTML：文档中的每个字符串先经过 ../markup.ts 的 htmlText（HTML 实体，不可见字符写成 `<U+202E>`），
 * 模板以 noEscape 编译，{{ }} 不再转义第二次。Markdown 模板中的用户文本都经过 md* 帮助函数
 * （../markup.ts 的 inlineText、blockText）；漏写帮助函数时 {{ }} 仍会做 HTML 转义。
 */

/** ./templates/ 下的模板文件。 */
export const formTemplateFiles = [
  "form.md.hbs",
  "form.html.hbs",
  "print.css.hbs",
  "line.html.hbs",
  "cell.html.hbs",
  "box.html.hbs",
  "cols.html.hbs",
] as const;

/** 模板的文本，按文件名。 */
export type FormTemplates = Record<(typeof formTemplateFiles)[number], string>;

// ---------- 版式：补齐网格的列跨度 ----------

interface LaidCell extends Cell {
  span: number;
}

type LaidBlock =
  | Exclude<Block, { kind: "grid" } | { kind: "table" }>
  | (Extract<Block, { kind: "grid" }> & { rows: LaidCell[][] })
  | (Extract<Block, { kind: "table" }> & { numbered: boolean; emptyFill: null[] });

interface LaidDocument extends Omit<FormDocument, "blocks"> {
  blocks: LaidBlock[];
}

/** 网格每行最后一格横跨剩下的列；表格记下编号列与空表的占位列。 */
function layout(doc: FormDocument): LaidDocument {
  return {
    ...doc,
    blocks: doc.blocks.map((b): LaidBlock => {
      if (b.kind === "grid")
        return {
          ...b,
          rows: b.rows.map((row) => {
            const fixed = row.slice(0, -1).map((c) => c.span ?? 1);
            const used = fixed.reduce((a, n) => a + n, 0);
            return row.map((c, i) => ({
              ...c,
              span: i < row.length - 1 ? (fixed[i] as number) : Math.max(1, b.columns - used),
            }));
          }),
        };
      if (b.kind === "table")
        return {
          ...b,
          numbered: b.columns[0]?.startsWith("编号") ?? false,
          emptyFill: Array.from({ length: Math.max(0, b.columns.length - 1) }, () => null),
        };
      return b;
    }),
  };
}

// ---------- 纯文本（Markdown 帮助函数的输入） ----------

const box = (checked: boolean, empty = "□") => (checked ? "☑" : empty);

/** 版式中的勾选项：记下表单的空框字符（FormDocument.emptyBox）。 */
type LaidChoice = Choice & { emptyBox?: string };

/** 表单指定了空框字符时，每个勾选项都记下它（HTML 模板与 Markdown 帮助函数读它）。 */
function withEmptyBox(doc: FormDocument): FormDocument {
  const empty = doc.emptyBox;
  if (empty === undefined) return doc;
  const line = (l: Line): Line =>
    l.choices ? { ...l, choices: l.choices.map((c): LaidChoice => ({ ...c, emptyBox: empty })) } : l;
  const cells = <T extends { lines: Line[] }>(c: T): T => ({ ...c, lines: c.lines.map(line) });
  const block = (b: Block): Block => {
    if (b.kind === "text") return cells(b);
    if (b.kind === "grid" || b.kind === "table") return { ...b, rows: b.rows.map((row) => row.map(cells)) };
    return b;
  };
  return { ...doc, blocks: doc.blocks.map(block) };
}

/** 一个勾选项的纯文本：方框与标签；没有方框的（circled）选中时写成【标签】。 */
function choiceText(c: LaidChoice): string {
  if (c.circled) return c.checked ? `【${c.label}】` : c.label;
  return c.boxAfter ? `${c.label}${box(c.checked, c.emptyBox)}` : `${box(c.checked, c.emptyBox)}${c.label}`;
}

/** 一行的纯文本：前导文字、勾选项（以全角空格分隔）、后随文字。 */
export function lineText(line: Line): string {
  const choices = (line.choices ?? []).map(choiceText).join("　");
  return `${line.text ?? ""}${choices}${line.after ?? ""}`;
}

// ---------- Markdown ----------

const md = Handlebars.create();
const safe = (s: string) => new md.SafeString(s);

/** 单元格（表格、列表项中）：每行转义，行与行之间用 <br>（版式上的换行，不来自用户文本）。 */
const mdCell = (cell: Cell): string => cell.lines.map((l) => inlineText(lineText(l))).join("<br>");

/** 网格的一行 → 列表项：**字段名**：值　**字段名**：值 */
function mdGridRow(row: Cell[]): string {
  let out = "";
  row.forEach((c, i) => {
    if (c.label) {
      if (i > 0) out += "　";
      out += `**${c.lines.map((l) => inlineText(lineText(l))).join("")}**：`;
    } else {
      if (i > 0 && !row[i - 1]?.label) out += "　";
      out += mdCell(c);
    }
  });
  return out;
}

md.registerHelper({
  eq: (a: unknown, b: unknown) => a === b,
  heading: (level: number) => "#".repeat(level),
  md: (text: unknown) => safe(inlineText(String(text ?? ""))),
  mdCell: (cell: Cell) => safe(mdCell(cell)),
  mdGridRow: (row: Cell[]) => safe(mdGridRow(row)),
  mdLines: (lines: Line[]) => safe(lines.map((l) => blockText(lineText(l))).join("\\\n")),
  mdNotes: (items: Notes["items"]) =>
    safe(items.map((i) => `${i.indent ? "　　" : ""}${blockText(i.text)}`).join("\\\n")),
  mdSignature: (lines: Signature["lines"]) =>
    safe(lines.map((l) => blockText(`${l.label}${l.value}`)).join("\\\n")),
});

/** 文档中的每个字符串都经过 htmlText：HTML 实体，双向控制符等不可见字符在打印件上写成 `<U+202E>`。 */
function escapedStrings<T>(value: T): T {
  if (typeof value === "string") return htmlText(value) as T;
  if (Array.isArray(value)) return value.map(escapedStrings) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapedStrings(v)])) as T;
  return value;
}

/** 表单渲染器：Markdown（拉取请求评论）与 HTML（A4 打印）。 */
export interface FormRenderer {
  /** Markdown：给拉取请求评论用。多份表单之间用分隔线隔开。 */
  markdown(docs: FormDocument | readonly FormDocument[]): string;
  /** HTML：一份表单一个完整的 A4 文档（含打印样式）。 */
  html(doc: FormDocument): string;
}

/** 用给定的模板建渲染器；模板在第一次渲染时编译一次。 */
export function formRenderer(sources: FormTemplates): FormRenderer {
  // ---------- HTML ----------
  const html = Handlebars.create();
  html.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  html.registerPartial({
    css: sources["print.css.hbs"],
    line: sources["line.html.hbs"].trim(),
    cell: sources["cell.html.hbs"].trim(),
    box: sources["box.html.hbs"].trim(),
    cols: sources["cols.html.hbs"].trim(),
  });

  // ---------- 编译一次 ----------
  let compiled: { md: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate } | undefined;
  const templates = () => {
    compiled ??= {
      md: md.compile(sources["form.md.hbs"], { strict: false }),
      // 数据已由 htmlText 转义（html），这里不再转义
      html: html.compile(sources["form.html.hbs"], { strict: false, noEscape: true }),
    };
    return compiled;
  };

  return {
    markdown: (docs) => {
      const list = Array.isArray(docs) ? docs : [docs as FormDocument];
      return `${list
        .map((d) =>
          templates()
            .md(layout(withEmptyBox(d)))
            .replace(/\n{3,}/g, "\n\n")
            .trim(),
        )
        .join("\n\n---\n\n")}\n`;
    },
    html: (doc) => templates().html(layout(escapedStrings(withEmptyBox(doc)))),
  };
}
