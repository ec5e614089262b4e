/** 浏览器里的 `node:buffer`：核心只用 isUtf8。 */
const strict = new TextDecoder("utf-8", { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export default { isUtf8 };
