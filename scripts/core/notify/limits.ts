/**
 * 各渠道的长度上限与截断。超长时在行边界截断，末尾加一句说明与指向全文的、不含链接的位置。
 */

/** 企业微信群机器人 markdown.content 最长 4096 字节（UTF-8）。 */
export const wecomMarkdownBytes = 4096;
/** 钉钉自定义机器人消息正文：按 20000 字节截断（官方文档的上限）。 */
export const dingtalkMarkdownBytes = 20000;
/** 邮件主题：按 200 个字符截断（RFC 5322 建议每行不超过 78 个字符，主题会折行；过长的主题客户端显示不全）。 */
export const emailSubjectChars = 200;

const encoder = new TextEncoder();
export const byteLength = (s: string) => encoder.encode(s).length;

/**
 * 把文字截到 maxBytes 字节以内：整行保留，放不下的行丢掉，最后加说明；第一行本身就放不下时按字符截。
 * 不会切断一个多字节字符或代理对。
 */
export function truncateBytes(body: string, maxBytes: number, truncated: string): string {
  if (byteLength(body) <= maxBytes) return body;
  const note = `\n\n${truncated}`;
  const budget = maxBytes - byteLength(note);
  const lines = body.split("\n");
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = byteLength(line) + (kept.length ? 1 : 0);
    if (used + cost > budget) break;
    kept.push(line);
    used += cost;
  }
  if (kept.length === 0) {
    let s = "";
    for (const ch of body.split("\n")[0] ?? "") {
      if (byteLength(s + ch) > budget) break;
      s += ch;
    }
    // 不要留下被切开的 HTML 实体（&#42; 的一半）
    kept.push(s.replace(/&#?[A-Za-z0-9]*$/, ""));
  }
  return `${kept.join("\n")}${note}`;
}

/** 按字符截断（主题行）。 */
export function truncateChars(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}…`;
}
