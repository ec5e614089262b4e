/**
 * 单位登记中的 notify 一节：raw（YAML 中的值）→ 校验 → NotifyConfig；再由 CLI 层按环境变量取出密钥。
 * 登记里只写环境变量名；把 webhook 地址或密钥直接写进来是一条发现，发现里不复述那个值。
 */
import { type Text, text } from "../text.ts";
import type { NotifyConfig } from "./types.ts";

/** 环境变量名：大写字母开头，大写字母、数字、下划线，如 GOVCLOUD_NOTIFY_SZ_EDU_WECOM。 */
export const secretNamePattern = "^[A-Z][A-Z0-9_]{2,127}$";
const secretName = new RegExp(secretNamePattern);

/** 电子邮件地址（只查形状，投递由 SMTP 服务器判断）。 */
const emailAddress = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/;

/** 看上去是地址或密钥本身：带协议、带 key= / access_token=、钉钉 SEC 开头的密钥、UUID 或一长串十六进制。 */
export function looksLikeSecret(value: string): boolean {
  return (
    /:\/\//.test(value) ||
    /(?:^|[?&])(?:key|access_token)=/i.test(value) ||
    /^SEC[0-9a-f]{16,}$/i.test(value) ||
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(value) ||
    /[0-9a-f]{32,}/i.test(value)
  );
}

export interface NotifyProblem {
  /** notify 一节中的路径，如 /notify/wecom/webhook */
  path: string;
  message: Text;
}

const pasted = (path: string): NotifyProblem => ({
  path,
  message: text(
    `${path} 直接写了 webhook 地址或密钥：仓库是公开的申请记录，这里只能写存放它的环境变量名（如 GOVCLOUD_NOTIFY_SZ_EDU_WECOM）。请立即在企业微信/钉钉中重置这个机器人的地址或密钥，把新值存为仓库的 Actions secret，再在这里写它的名字（审计的到期提醒经此发送，见 docs/notify.md）。`,
    `${path} holds a webhook address or key itself: the repository is a public record, so only the name of the environment variable holding it belongs here (e.g. GOVCLOUD_NOTIFY_SZ_EDU_WECOM). Reset the robot's address or secret in WeCom/DingTalk now, store the new value as an Actions secret, and write its name here (see docs/notify.md).`,
  ),
});

const notAName = (path: string): NotifyProblem => ({
  path,
  message: text(
    `${path} 应为环境变量名：大写字母开头，只含大写字母、数字与下划线（如 GOVCLOUD_NOTIFY_SZ_EDU_WECOM）。`,
    `${path} must be an environment variable name: an upper-case letter, then upper-case letters, digits and underscores (e.g. GOVCLOUD_NOTIFY_SZ_EDU_WECOM).`,
  ),
});

function checkName(value: unknown, path: string, problems: NotifyProblem[]): string | undefined {
  if (typeof value !== "string") {
    problems.push(notAName(path));
    return undefined;
  }
  if (secretName.test(value)) return value;
  problems.push(looksLikeSecret(value) ? pasted(path) : notAName(path));
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** 校验 unit.yaml 的 notify 一节（没有时返回空配置、没有问题）。 */
export function parseNotifyConfig(raw: unknown): { config: NotifyConfig; problems: NotifyProblem[] } {
  const problems: NotifyProblem[] = [];
  const config: NotifyConfig = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (!isObject(raw)) {
    problems.push({
      path: "/notify",
      message: text(
        "notify 应为对象（email、wecom、dingtalk）。",
        "notify must be an object (email, wecom, dingtalk).",
      ),
    });
    return { config, problems };
  }
  if (raw.email !== undefined) {
    const list = Array.isArray(raw.email) ? raw.email : [raw.email];
    const good: string[] = [];
    list.forEach((a, i) => {
      if (typeof a === "string" && emailAddress.test(a)) good.push(a);
      else
        problems.push({
          path: `/notify/email/${i}`,
          message: text(
            `/notify/email/${i} 不是电子邮件地址。`,
            `/notify/email/${i} is not an e-mail address.`,
          ),
        });
    });
    if (good.length) config.email = good;
  }
  if (raw.wecom !== undefined) {
    const w = isObject(raw.wecom) ? raw.wecom : { webhook: raw.wecom };
    const webhook = checkName(w.webhook, "/notify/wecom/webhook", problems);
    if (webhook) config.wecom = { webhook };
  }
  if (raw.dingtalk !== undefined) {
    const d = isObject(raw.dingtalk) ? raw.dingtalk : { webhook: raw.dingtalk };
    const webhook = checkName(d.webhook, "/notify/dingtalk/webhook", problems);
    const secret =
      d.secret === undefined ? undefined : checkName(d.secret, "/notify/dingtalk/secret", problems);
    if (webhook) config.dingtalk = { webhook, ...(secret ? { secret } : {}) };
  }
  return { config, problems };
}
