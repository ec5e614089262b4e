/**
 * 通知适配器：把核心组织好的 Notice 送到单位登记的渠道（企业微信、钉钉群机器人用 fetch；邮件用 nodemailer 走 SMTP）。
 * 密钥按单位登记中的环境变量名从调用方给的 env 中取；失败作为数据返回（渠道、单位、脱敏后的原因），不抛出；
 * 重试有上限；dryRun 时只说明会发什么，不发送。说明见 docs/notify.md。
 */
import { createRequire } from "node:module";
import { dingtalkPayload, emailPayload, wecomPayload } from "../../core/notify/payloads.ts";
import type { Channel, Notice, NotifyConfig } from "../../core/notify/types.ts";
import { redactor } from "./redact.ts";
import { type PostOutcome, postRobot, signedDingtalkUrl } from "./robots.ts";

/** nodemailer 只在真要发邮件时才载入（约 0.07 秒 CPU）：命令行的每条命令都经 main 引用到这里。 */
const require = createRequire(import.meta.url);
const loadNodemailer = () => require("nodemailer") as typeof import("nodemailer");

export { redactor } from "./redact.ts";
export { dingtalkSign, signedDingtalkUrl } from "./robots.ts";

/** SMTP 服务器（来自 GOVCLOUD_SMTP_* 环境变量，见 smtpFromEnv）。 */
export interface SmtpSettings {
  host: string;
  port: number;
  /** 465 端口的隐式 TLS；否则服务器提供 STARTTLS 时升级 */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

/** 一次发送的结果：数据，不是异常。reason 已脱敏。 */
export interface SendResult {
  key: string;
  unit: string;
  channel: Channel;
  status: "sent" | "failed" | "skipped" | "dry-run";
  attempts: number;
  /** failed、skipped 的原因；dry-run 时为将要发送的内容 */
  detail?: string;
}

export interface NotifierOptions {
  /** 环境变量（CLI 层传入）：单位登记中写的名字在这里取值 */
  env: Record<string, string | undefined>;
  smtp?: SmtpSettings;
  fetch?: typeof fetch;
  /** 每个渠道最多尝试几次（默认 3） */
  maxAttempts?: number;
  /** 两次尝试之间的等待（默认 1 秒 × 次数；测试传入不等待的函数） */
  sleep?: (ms: number) => Promise<void>;
  /** 钉钉加签的时间戳（毫秒），默认 Date.now */
  now?: () => number;
  dryRun?: boolean;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** 由环境变量得到 SMTP 设置；没有 GOVCLOUD_SMTP_HOST 时为 undefined（不发邮件）。 */
export function smtpFromEnv(env: Record<string, string | undefined>): SmtpSettings | undefined {
  const host = env.GOVCLOUD_SMTP_HOST;
  if (!host) return undefined;
  const port = Number(env.GOVCLOUD_SMTP_PORT ?? 587);
  return {
    host,
    port,
    secure: env.GOVCLOUD_SMTP_SECURE ? env.GOVCLOUD_SMTP_SECURE === "true" : port === 465,
    ...(env.GOVCLOUD_SMTP_USER ? { user: env.GOVCLOUD_SMTP_USER } : {}),
    ...(env.GOVCLOUD_SMTP_PASSWORD ? { password: env.GOVCLOUD_SMTP_PASSWORD } : {}),
    from: env.GOVCLOUD_SMTP_FROM ?? `govcloud-audit@${host}`,
  };
}

export interface Notifier {
  /**
   * 把一条通知发到单位的每个渠道。同一个 Notice.key 在同一个 Notifier 上只发一次（再次调用得到 skipped）。
   */
  send(notice: Notice, config: NotifyConfig): Promise<SendResult[]>;
  /** 关闭 SMTP 连接 */
  close(): void;
}

export function createNotifier(options: NotifierOptions): Notifier {
  const fetchImpl = options.fetch ?? fetch;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const sent = new Set<string>();
  const smtp = options.smtp;
  const transport =
    smtp && !options.dryRun
      ? loadNodemailer().createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? "" } } : {}),
          connectionTimeout: 15_000,
          greetingTimeout: 15_000,
          socketTimeout: 30_000,
        })
      : undefined;

  async function attempt(
    run: () => Promise<PostOutcome>,
  ): Promise<{ outcome: PostOutcome; attempts: number }> {
    let outcome: PostOutcome = { ok: false, retryable: false, reason: "" };
    for (let i = 1; i <= maxAttempts; i++) {
      outcome = await run();
      if (outcome.ok || !outcome.retryable || i === maxAttempts) return { outcome, attempts: i };
      await sleep(1000 * i);
    }
    return { outcome, attempts: maxAttempts };
  }

  async function sendEmail(notice: Notice, to: readonly string[]): Promise<PostOutcome> {
    if (!transport || !smtp) return { ok: false, retryable: false, reason: "" };
    const mail = emailPayload(notice, to);
    try {
      await transport.sendMail({
        from: smtp.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
      return { ok: true };
    } catch (error) {
      const e = error as { message?: string; responseCode?: number; code?: string };
      // 4xx 是暂时的失败（如 421 服务不可用），连接错误也可重试；5xx 是永久的
      const retryable = e.responseCode === undefined ? e.code !== "EAUTH" : e.responseCode < 500;
      return { ok: false, retryable, reason: e.message ?? String(error) };
    }
  }

  async function one(notice: Notice, channel: Channel, config: NotifyConfig): Promise<SendResult> {
    const base = { key: notice.key, unit: notice.unit, channel };
    const id = `${notice.key}\u0000${channel}`;
    if (sent.has(id)) return { ...base, status: "skipped", attempts: 0, detail: "本次运行已发送过" };
    const env = options.env;
    let secrets: (string | undefined)[] = [smtp?.password];
    let missing: string | undefined;
    let run: () => Promise<PostOutcome>;
    let preview: unknown;
    if (channel === "wecom") {
      const name = config.wecom?.webhook as string;
      const url = env[name];
      secrets = [...secrets, url];
      if (!url) missing = name;
      preview = { to: `$${name}`, body: wecomPayload(notice) };
      run = () => postRobot(fetchImpl, url as string, wecomPayload(notice));
    } else if (channel === "dingtalk") {
      const name = config.dingtalk?.webhook as string;
      const secretName = config.dingtalk?.secret;
      const url = env[name];
      const secret = secretName ? env[secretName] : undefined;
      secrets = [...secrets, url, secret];
      if (!url) missing = name;
      else if (secretName && !secret) missing = secretName;
      preview = {
        to: `$${name}${secretName ? `（加签：$${secretName}）` : ""}`,
        body: dingtalkPayload(notice),
      };
      run = () =>
        postRobot(
          fetchImpl,
          secret ? signedDingtalkUrl(url as string, secret, now()) : (url as string),
          dingtalkPayload(notice),
        );
    } else {
      if (!smtp) missing = "GOVCLOUD_SMTP_HOST";
      preview = emailPayload(notice, config.email ?? []);
      run = () => sendEmail(notice, config.email ?? []);
    }
    const redact = redactor(secrets);
    if (missing)
      return {
        ...base,
        status: options.dryRun ? "dry-run" : "failed",
        attempts: 0,
        detail: options.dryRun
          ? `环境变量 ${missing} 没有设置；将发送：${redact(JSON.stringify(preview, null, 2))}`
          : `${channel}：环境变量 ${missing} 没有设置，未发送`,
      };
    if (options.dryRun) {
      sent.add(id);
      return { ...base, status: "dry-run", attempts: 0, detail: redact(JSON.stringify(preview, null, 2)) };
    }
    const { outcome, attempts } = await attempt(run);
    if (outcome.ok) {
      sent.add(id);
      return { ...base, status: "sent", attempts };
    }
    return { ...base, status: "failed", attempts, detail: redact(`${channel}：${outcome.reason}`) };
  }

  return {
    async send(notice, config) {
      const channels: Channel[] = [
        ...(config.email?.length ? (["email"] as const) : []),
        ...(config.wecom ? (["wecom"] as const) : []),
        ...(config.dingtalk ? (["dingtalk"] as const) : []),
      ];
      const results: SendResult[] = [];
      for (const channel of channels) results.push(await one(notice, channel, config));
      return results;
    },
    close() {
      transport?.close();
    },
  };
}
