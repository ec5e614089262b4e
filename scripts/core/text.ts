/** 双语文本：zh-CN 为主，en 在 `--lang en` 时使用。 */
export interface Text {
  zh: string;
  en: string;
}

export type Lang = "zh" | "en";

export const text = (zh: string, en: string): Text => ({ zh, en });

/** 在用户字符串两侧加引号显示，并去掉控制字符，避免把终端或注释格式打乱。 */
export function quote(value: unknown): string {
  const s = typeof value === "string" ? value : JSON.stringify(value);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: 正是要去掉控制字符
  const clean = (s ?? String(value)).replace(/[\u0000-\u001f\u007f]/g, " ");
  return `“${clean.length > 80 ? `${clean.slice(0, 77)}…` : clean}”`;
}
