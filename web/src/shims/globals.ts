/**
 * 核心在 Node 中用全局的 Buffer 把字节解码为文本（scripts/core/load/parse.ts：Buffer.from(…).toString("utf8")）。
 * 浏览器里没有它：这里给一个只有这一用法的替身。在其他模块之前载入。
 */
const decoder = new TextDecoder("utf-8");

function from(buffer: ArrayBuffer, offset = 0, length?: number): Uint8Array {
  const bytes = new Uint8Array(buffer, offset, length ?? buffer.byteLength - offset);
  return Object.assign(bytes, {
    toString(encoding?: string): string {
      if (encoding !== undefined && encoding !== "utf8" && encoding !== "utf-8")
        throw new Error(`浏览器中的 Buffer 只解码 UTF-8，不是 ${encoding}`);
      return decoder.decode(bytes);
    },
  });
}

const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= { from };
