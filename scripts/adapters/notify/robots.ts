/**
 * 企业微信群机器人与钉钉自定义机器人：HTTP POST JSON 到 webhook 地址，答复 `{"errcode":0,"errmsg":"ok"}`
 * 为成功；errcode 非 0 是失败。钉钉加签：timestamp（毫秒）+ "\n" + 密钥，HMAC-SHA256，Base64，再 URL 编码，
 * 作为 timestamp 与 sign 两个查询参数附在地址后。
 */
import { createHmac } from "node:crypto";
import type { DingtalkPayload, WecomPayload } from "../../core/notify/types.ts";

/** 钉钉加签（未 URL 编码的 Base64）。 */
export function dingtalkSign(secret: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${secret}`, "utf8").digest("base64");
}

/** 附上 timestamp 与 sign 的钉钉 webhook 地址。 */
export function signedDingtalkUrl(webhook: string, secret: string, timestamp: number): string {
  const sep = webhook.includes("?") ? "&" : "?";
  return `${webhook}${sep}timestamp=${timestamp}&sign=${encodeURIComponent(dingtalkSign(secret, timestamp))}`;
}

/** 一次请求的结果：成功，或失败（可否重试、说明）。说明中可能有密钥，由调用方脱敏。 */
export type PostOutcome = { ok: true } | { ok: false; retryable: boolean; reason: string };

/** 限频的 errcode：企业微信 45009（接口调用超过限制），钉钉 130101（发送太快）。可重试。 */
const rateLimited = new Set([45009, 130101]);

export async function postRobot(
  fetchImpl: typeof fetch,
  url: string,
  payload: WecomPayload | DingtalkPayload,
): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, retryable: true, reason: `${(error as Error).message}${cause ? ` (${cause})` : ""}` };
  }
  const body = await response.text();
  if (!response.ok)
    return {
      ok: false,
      retryable: response.status >= 500 || response.status === 429,
      reason: `HTTP ${response.status}`,
    };
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(body);
  } catch {
    return { ok: false, retryable: false, reason: `答复不是 JSON（HTTP ${response.status}）` };
  }
  if (answer.errcode === 0) return { ok: true };
  const code = Number(answer.errcode);
  return {
    ok: false,
    retryable: rateLimited.has(code),
    reason: `errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? "")}`,
  };
}
