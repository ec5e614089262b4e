/**
 * 表单模型：官方表单（附件3、5、6、8）填好之后的样子，纯数据。
 * 由申请、单位登记、系统登记、申请之前的系统状态与服务目录推出（见 ./application.ts 等），
 * 再由 Handlebars 模板渲染成 Markdown 或 HTML（./render.ts）。
 *
 * 模型里的每个字符串都是“纯文本”：表上印好的文字与用户填写的内容一视同仁，渲染时一律转义。
 * 一个单元格可以有多行（lines）：那是表格的版式（如配置栏的“vCPU：8核”“内存：16GB”各占一行），
 * 不是用户输入的换行；用户文本中的换行在 Markdown 表格里会被转义成空格。
 */

/** 一个勾选项：渲染为 □（未选）或 ☑（选中）。 */
export interface Choice {
  label: string;
  checked: boolean;
  /** 方框写在标签之后（附件8“①□ ②□”） */
  boxAfter?: boolean;
  /**
   * 表上这一项没有方框，只印选项文字（如“电信 移动 联通”），填表时圈选：
   * 选中的圈起来（HTML 画一个圈，Markdown 写成【电信】），未选的只印文字。
   */
  circled?: boolean;
}

/** 附件中的一页图片（PNG、JPEG），base64 编码，HTML 中作为 data: URI 嵌入。 */
export interface FigureImage {
  mime: "image/png" | "image/jpeg";
  base64: string;
}

/**
 * 附图：申请引用的附件（架构图、截图）。表单生成时只有路径（相对于系统目录）；
 * images 由表单来源（./source.ts）经 RepoFs 读出后填上。Markdown 只写这一行的文字，
 * HTML（打印件）在文字上方印出图片；没有图片（如 PDF 附件）时只印文字。
 */
export interface Figure {
  path: string;
  images?: FigureImage[];
}

/** 单元格中的一行：前导文字、若干勾选项、后随文字，依次排列；可带一张附图。 */
export interface Line {
  text?: string;
  choices?: Choice[];
  after?: string;
  figure?: Figure;
}

export interface Cell {
  lines: Line[];
  /** 字段名（表头格式） */
  label?: boolean;
  /** 横跨的列数（网格）；渲染前由 layout 补齐 */
  span?: number;
}

/** 键值网格：官方表单上方的“单位名称﹡ | …”各行。columns 为整张网格的列数。 */
export interface GridBlock {
  kind: "grid";
  columns: number;
  rows: Cell[][];
  /** 各列宽度（百分比），只用于 HTML */
  widths?: number[];
}

/** 带表头的明细表（云服务需求、变更、端口策略……）。 */
export interface TableBlock {
  kind: "table";
  columns: string[];
  rows: Cell[][];
  /** 没有行时显示的文字（横跨整行），如“不涉及” */
  empty?: string;
  widths?: number[];
}

/**
 * 标题：
 * - band：申请表中横跨整张表的标题行（“一、新增申请……”“（一）IaaS云主机……”），在 HTML 中画成表格的一行
 * - heading：报告中的章节标题（“1、系统概述”“（1）系统名称”）
 */
export interface TitleBlock {
  kind: "band" | "heading";
  level: 2 | 3 | 4;
  title: string;
}

/** 段落：每个元素一行。 */
export interface TextBlock {
  kind: "text";
  lines: Line[];
  /** 称谓、正文、提示 */
  style?: "salutation" | "body" | "hint";
}

export type Block = GridBlock | TableBlock | TitleBlock | TextBlock;

export interface Notes {
  /** “注：”或“说明：” */
  title: string;
  items: { text: string; indent?: boolean }[];
}

/** 落款：申请单位（盖章）、日期。value 为空时留白，供手写。 */
export interface Signature {
  lines: { label: string; value: string }[];
}

/** 表单的名称（由 profile 定，如申请表），也是输出文件名的一部分。 */
export type FormName = string;

export interface FormDocument {
  name: FormName;
  /** 变体，如 新增、变更、撤销、测试资源、续期（授权委托书为代理人的 GitHub 账号） */
  variant: string;
  /** 附件编号，如 附件5 */
  annex: string;
  /** 官方标题 */
  title: string;
  /** 标题下的说明，如“（测试资源）” */
  subtitle?: string;
  /** 未选的方框印成哪个字符：□（默认）或 ☐（表上印的是哪个就用哪个） */
  emptyBox?: "□" | "☐";
  blocks: Block[];
  notes?: Notes;
  signature?: Signature;
}
