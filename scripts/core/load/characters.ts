import { type Text, text } from "../text.ts";

/**
 * 申请里不允许的不可见字符：双向控制符（Unicode 的 Bidi_Control：U+061C、U+200E、U+200F、U+202A–U+202E、
 * U+2066–U+2069）（会让显示的文字与实际内容不一致，如把“系统A”显示成别的样子）、
 * 零宽字符（看不见却让两个名称不相等）与其余控制字符（C0 中除 Tab 与换行外的、DEL、C1）。
 * 文件开头的 BOM 在解码时已去掉；其余位置的 U+FEFF 也不允许。
 */
const forbiddenRanges: [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2060],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

const u = (cp: number) => `\\u${cp.toString(16).padStart(4, "0")}`;
const characterClass = (ranges: [number, number][], extra = "") =>
  `[${ranges.map(([from, to]) => (from === to ? u(from) : `${u(from)}-${u(to)}`)).join("")}${extra}]`;

const forbidden = new RegExp(characterClass(forbiddenRanges));
const forbiddenAll = new RegExp(characterClass(forbiddenRanges), "g");

/**
 * 源码里可能出现这些字符的迹象：字符本身（回车除外：CRLF 换行的文件很常见，它不会进入值里），
 * 或反斜杠（双引号字符串里的 \u202E、\x01 之类转义）。没有迹象的文件（绝大多数）不必逐个检查字符串。
 */
const hint = new RegExp(
  characterClass(
    forbiddenRanges.flatMap(([from, to]): [number, number][] =>
      from <= 0x0d && 0x0d <= to
        ? [
            [from, 0x0c],
            [0x0e, to],
          ]
        : [[from, to]],
    ),
    "\\\\",
  ),
);

/** 把不允许的字符换成 <U+XXXX>，用户的文字可以放心地写进提示里。 */
export const visible = (value: string): string =>
  value.replace(
    forbiddenAll,
    (c) => `<U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}>`,
  );

export const mayHoldForbiddenCharacters = (source: string): boolean => hint.test(source);

/** 字符串中第一个不允许的字符的码点，没有时为 undefined。 */
export function forbiddenCharacter(value: string): number | undefined {
  const m = forbidden.exec(value);
  return m ? (m[0].codePointAt(0) as number) : undefined;
}

const names = new Map<number, Text>([
  [0x061c, text("阿拉伯字母标记", "arabic letter mark")],
  [0x200b, text("零宽空格", "zero width space")],
  [0x200c, text("零宽不连字", "zero width non-joiner")],
  [0x200d, text("零宽连字", "zero width joiner")],
  [0x200e, text("从左向右标记", "left-to-right mark")],
  [0x200f, text("从右向左标记", "right-to-left mark")],
  [0x202a, text("从左向右嵌入", "left-to-right embedding")],
  [0x202b, text("从右向左嵌入", "right-to-left embedding")],
  [0x202c, text("结束方向格式", "pop directional formatting")],
  [0x202d, text("从左向右覆盖", "left-to-right override")],
  [0x202e, text("从右向左覆盖", "right-to-left override")],
  [0x2060, text("零宽不换行", "word joiner")],
  [0x2066, text("从左向右隔离", "left-to-right isolate")],
  [0x2067, text("从右向左隔离", "right-to-left isolate")],
  [0x2068, text("首强字符隔离", "first strong isolate")],
  [0x2069, text("结束方向隔离", "pop directional isolate")],
  [0xfeff, text("零宽不换行空格（BOM）", "zero width no-break space (BOM)")],
]);

/** 码点的写法与名称，如 U+202E（从右向左覆盖）。 */
export function describeCodePoint(cp: number): Text {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = names.get(cp) ?? text("控制字符", "control character");
  return text(`${hex}（${name.zh}）`, `${hex} (${name.en})`);
}
