/**
 * 通知从头到尾：示例仓库的夜间审计（govcloud audit --format json）找出一周内到期的测试资源，
 * govcloud notify --from-audit 把第46条提醒发到单位登记的渠道：
 * - 邮件：真正的 SMTP 服务器（smtp-server 包，测试进程中，127.0.0.1、随机端口，要求认证）；
 * - 企业微信、钉钉：按两家文档的请求与答复形状工作的本地 HTTP 服务器（出处见 fixtures/notify/robot-server.ts）。
 * 密钥（webhook 的 key、access_token、加签密钥、SMTP 密码）不出现在任何输出中。
 */
import { createHmac } from "node:crypto";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runAudit } from "../scripts/cli/audit.ts";
import { runNotify } from "../scripts/cli/notify.ts";
import { type RobotServer, startRobotServer } from "./fixtures/notify/robot-server.ts";
import { startSmtpServer, type TestSmtpServer } from "./fixtures/notify/smtp-server.ts";
import { fixtureRepo } from "./helpers/repo.ts";

/** 钉钉加签与服务器校验用的固定时刻（毫秒）：不读系统时钟。 */
const NOW = Date.parse("2026-12-01T01:00:00Z");

const secrets = {
  wecomKey: "0f3c9a2e-5b7d-4e1a-9c8b-77aa55cc33ee",
  dingtalkToken: "b1e9d4c7a2f85e6b3d0c9a8f7e6d5c4b3a29180f7e6d5c4b3a2918",
  dingtalkSecret: "SECc0ffee5ca1ab1edeadbeef0123456789abcdef0123456789abcdef0123",
  smtpPassword: "Smtp-Pa55word-only-in-env",
};

const notifySection = `notify:
  email:
    - it@exam.example.cn
  wecom:
    webhook: GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM
  dingtalk:
    webhook: GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK
    secret: GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK_SIGN
`;

let robots: RobotServer;
let smtp: TestSmtpServer;
let repo: string;
let report: string;

function io(cwd: string, env: Record<string, string | undefined>) {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (s: string) => {
        out.stdout += s;
      },
      stderr: (s: string) => {
        out.stderr += s;
      },
      cwd,
      colorDefault: false,
      env,
    },
  };
}

function env(overrides: Record<string, string | undefined> = {}) {
  return {
    GOVCLOUD_SMTP_HOST: "127.0.0.1",
    GOVCLOUD_SMTP_PORT: String(smtp.port),
    GOVCLOUD_SMTP_SECURE: "false",
    GOVCLOUD_SMTP_USER: "govcloud-audit",
    GOVCLOUD_SMTP_PASSWORD: secrets.smtpPassword,
    GOVCLOUD_SMTP_FROM: "govcloud-audit@centre.example.cn",
    GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM: robots.wecomUrl,
    GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK: robots.dingtalkUrl,
    GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK_SIGN: secrets.dingtalkSecret,
    ...overrides,
  };
}

const sleeps: number[] = [];
async function notify(args: string[], e = env(), reportFile = report) {
  const { out, io: cliIo } = io(repo, e);
  const code = await runNotify(["--root", repo, "--from-audit", reportFile, ...args], cliIo, {
    now: () => NOW,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { code, ...out };
}

function expectNoSecrets(...outputs: string[]) {
  const forms = Object.values(secrets).flatMap((s) => [s, encodeURIComponent(s)]);
  for (const o of outputs) for (const s of forms) expect(o).not.toContain(s);
}

beforeAll(async () => {
  robots = await startRobotServer({ ...secrets, now: () => NOW });
  smtp = await startSmtpServer({ user: "govcloud-audit", password: secrets.smtpPassword });
  repo = fixtureRepo({ prefix: "govcloud-notify-" });
  appendFileSync(join(repo, "requests/sz-edu-exam/unit.yaml"), notifySection);
  const { out, io: auditIo } = io(repo, {});
  const code = await runAudit(["--root", repo, "--now", "2026-12-01", "--format", "json"], auditIo, {
    env: {},
  });
  expect([code, out.stderr]).toEqual([0, ""]);
  report = join(repo, "audit.json");
  writeFileSync(report, out.stdout);
});

afterAll(async () => {
  await robots?.close();
  await smtp?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

afterEach(() => {
  robots.received.length = 0;
  smtp.received.length = 0;
  sleeps.length = 0;
});

describe("govcloud notify --from-audit (第46条 a week ahead)", () => {
  it("the audit report holds the two test resources expiring in 7 days", () => {
    const findings = JSON.parse(readFileSync(report, "utf8")).findings;
    expect(
      findings.map((f: { key: string; params: { daysLeft: number } }) => [f.key, f.params.daysLeft]),
    ).toEqual([
      ["test-expiring/sz-edu-exam/exam-registration/test-db", 7],
      ["test-expiring/sz-edu-exam/exam-registration/test-web", 7],
    ]);
  });

  it("sends each reminder by e-mail, WeCom and DingTalk; nothing secret in the output", async () => {
    const run = await notify([]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.split("\n").filter(Boolean)).toEqual([
      "已发送\temail\tsz-edu-exam\ttest-expiring/sz-edu-exam/exam-registration/test-db@2026-12-08",
      "已发送\twecom\tsz-edu-exam\ttest-expiring/sz-edu-exam/exam-registration/test-db@2026-12-08",
      "已发送\tdingtalk\tsz-edu-exam\ttest-expiring/sz-edu-exam/exam-registration/test-db@2026-12-08",
      "已发送\temail\tsz-edu-exam\ttest-expiring/sz-edu-exam/exam-registration/test-web@2026-12-08",
      "已发送\twecom\tsz-edu-exam\ttest-expiring/sz-edu-exam/exam-registration/test-web@2026-12-08",
      "已发送\tdingtalk\tsz-edu-exam\ttest-expiring/sz-edu-exam/exam-registration/test-web@2026-12-08",
    ]);
    expectNoSecrets(run.stdout, run.stderr);

    // 邮件：真的 SMTP 服务器收到（认证通过），主题、收件人、正文
    expect(smtp.received).toHaveLength(2);
    const mail = smtp.received[0];
    expect(mail?.envelopeTo).toEqual(["it@exam.example.cn"]);
    expect(mail?.mail.subject).toBe("【第46条 到期提醒】测试资源 test-db 将于 2026-12-08 到期");
    expect(mail?.mail.from?.text).toBe("govcloud-audit@centre.example.cn");
    expect(mail?.mail.text).toContain("测试资源：test-db");
    expect(mail?.mail.text).toContain("到期日：2026-12-08（还有 7 天）");
    expect(mail?.mail.text).toContain("第46条");
    expect(mail?.mail.text).toContain("使用单位：深圳市教育考试院（sz-edu-exam）");
    expect(mail?.mail.html).toContain("<li><b>测试资源</b>：test-db</li>");

    // 机器人：请求的 JSON 形状，钉钉的签名按密钥与时间戳验证
    expect(robots.received.map((r) => r.robot)).toEqual(["wecom", "dingtalk", "wecom", "dingtalk"]);
    const [wecom, dingtalk] = robots.received;
    expect(wecom?.body).toEqual({
      msgtype: "markdown",
      markdown: { content: expect.stringContaining("`test-db`") },
    });
    expect(dingtalk?.body).toEqual({
      msgtype: "markdown",
      markdown: {
        title: "【第46条 到期提醒】测试资源 test-db 将于 2026-12-08 到期",
        text: expect.stringContaining("2026-12-08（还有 7 天）"),
      },
    });
    const url = new URL(dingtalk?.url ?? "", "http://127.0.0.1");
    expect(url.searchParams.get("timestamp")).toBe(String(NOW));
    const sign = createHmac("sha256", secrets.dingtalkSecret)
      .update(`${NOW}\n${secrets.dingtalkSecret}`)
      .digest("base64");
    expect(url.searchParams.get("sign")).toBe(sign);
    expect(dingtalk?.url).toContain(`sign=${encodeURIComponent(sign)}`);
  });

  it("the same reminder twice in one report is sent once", async () => {
    const data = JSON.parse(readFileSync(report, "utf8"));
    const twice = join(repo, "twice.json");
    writeFileSync(twice, JSON.stringify({ ...data, findings: [data.findings[0], data.findings[0]] }));
    const run = await notify(["--format", "json"], env(), twice);
    const statuses = JSON.parse(run.stdout).results.map((r: { status: string }) => r.status);
    expect(statuses).toEqual(["sent", "sent", "sent", "skipped", "skipped", "skipped"]);
    expect(smtp.received).toHaveLength(1);
    expect(robots.received).toHaveLength(2);
  });

  it("--remind-at 3 sends nothing 7 days ahead", async () => {
    const run = await notify(["--remind-at", "3"]);
    expect([run.code, run.stdout]).toEqual([0, "\n"]);
    expect(smtp.received.length + robots.received.length).toBe(0);
  });

  it("an errcode other than 0 is a failure, named by channel, exit 1, not retried", async () => {
    robots.failNext(1, { errcode: 93000, errmsg: "invalid webhook url" });
    const run = await notify(["--format", "json"]);
    expect(run.code).toBe(1);
    const failed = JSON.parse(run.stdout).results.filter((r: { status: string }) => r.status === "failed");
    expect(failed).toEqual([
      {
        key: "test-expiring/sz-edu-exam/exam-registration/test-db@2026-12-08",
        unit: "sz-edu-exam",
        channel: "wecom",
        status: "failed",
        attempts: 1,
        detail: "wecom：errcode 93000: invalid webhook url",
      },
    ]);
    expectNoSecrets(run.stdout, run.stderr);
  });

  it("server errors are retried a bounded number of times", async () => {
    robots.failNext(2, 503);
    const ok = await notify(["--format", "json", "--remind-at", "7"]);
    expect(JSON.parse(ok.stdout).results[1]).toMatchObject({ channel: "wecom", status: "sent", attempts: 3 });
    expect(sleeps).toEqual([1000, 2000]);
    robots.received.length = 0;
    robots.failNext(10, 503);
    const failed = await notify(["--format", "json"]);
    expect(JSON.parse(failed.stdout).results[1]).toMatchObject({
      channel: "wecom",
      status: "failed",
      attempts: 3,
      detail: "wecom：HTTP 503",
    });
    expect(failed.code).toBe(1);
  });

  it("a wrong DingTalk secret fails the signature check; neither secret is shown", async () => {
    const run = await notify(
      [],
      env({ GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK_SIGN: "SECwrong0123456789abcdef" }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("失败\tdingtalk\tsz-edu-exam");
    expect(run.stdout).toContain("dingtalk：errcode 310000: sign not match");
    expect(run.stdout).not.toContain("SECwrong0123456789abcdef");
    expectNoSecrets(run.stdout, run.stderr);
  });

  it("SMTP: a wrong password and a permanent refusal are failures; a temporary one is retried", async () => {
    const wrong = await notify(
      ["--format", "json"],
      env({ GOVCLOUD_SMTP_PASSWORD: "Wrong-Pa55word-secret" }),
    );
    const email = JSON.parse(wrong.stdout).results.filter((r: { channel: string }) => r.channel === "email");
    expect(email.map((r: { status: string; attempts: number }) => [r.status, r.attempts])).toEqual([
      ["failed", 1],
      ["failed", 1],
    ]);
    expect(email[0].detail).toMatch(/^email：.*535/);
    expect(wrong.stdout).not.toContain("Wrong-Pa55word-secret");
    expect(smtp.received).toHaveLength(0);

    smtp.rejectNext(1, 550);
    const refused = await notify(["--format", "json"]);
    expect(JSON.parse(refused.stdout).results[0]).toMatchObject({
      channel: "email",
      status: "failed",
      attempts: 1,
    });

    smtp.received.length = 0;
    smtp.rejectNext(1, 451);
    const later = await notify(["--format", "json"]);
    expect(JSON.parse(later.stdout).results[0]).toMatchObject({
      channel: "email",
      status: "sent",
      attempts: 2,
    });
    expect(smtp.received).toHaveLength(2);
  });

  it("--dry-run shows what would be sent, with variable names instead of secrets, and sends nothing", async () => {
    const run = await notify(["--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("演练（未发送）\twecom\tsz-edu-exam");
    expect(run.stdout).toContain('"to": "$GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM"');
    expect(run.stdout).toContain('"subject": "【第46条 到期提醒】测试资源 test-db 将于 2026-12-08 到期"');
    expect(smtp.received.length + robots.received.length).toBe(0);
    expectNoSecrets(run.stdout, run.stderr);
  });

  it("an error that would quote the webhook value (a malformed URL) has it redacted", async () => {
    const broken = `qyapi/cgi-bin/webhook/send?key=${secrets.wecomKey}`;
    const run = await notify(["--format", "json"], env({ GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM: broken }));
    const wecom = JSON.parse(run.stdout).results.find((r: { channel: string }) => r.channel === "wecom");
    expect(wecom).toMatchObject({ status: "failed", detail: expect.stringMatching(/^wecom：.*\*\*\*/) });
    expect(run.stdout).not.toContain(broken);
    expectNoSecrets(run.stdout, run.stderr);
  });

  it("a missing environment variable is a failure naming the variable", async () => {
    const run = await notify([], env({ GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM: undefined }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("wecom：环境变量 GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM 没有设置，未发送");
  });

  it("a webhook URL pasted into unit.yaml is reported without repeating it, and that channel is not used", async () => {
    const file = join(repo, "requests/sz-edu-exam/unit.yaml");
    const before = readFileSync(file, "utf8");
    const pasted = `${robots.wecomUrl}`;
    writeFileSync(file, before.replace("webhook: GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM", `webhook: "${pasted}"`));
    try {
      const run = await notify([]);
      expect(run.stdout).toContain(
        "requests/sz-edu-exam/unit.yaml /notify/wecom/webhook 直接写了 webhook 地址或密钥",
      );
      expect(run.stdout).not.toContain(pasted);
      expectNoSecrets(run.stdout, run.stderr);
      expect(robots.received.map((r) => r.robot)).toEqual(["dingtalk", "dingtalk"]);
    } finally {
      writeFileSync(file, before);
    }
  });
});
