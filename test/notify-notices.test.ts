/**
 * 到期提醒以外的通知从头到尾（issue 18 第6项）：停机通知（govcloud schedule 的日程）、交付通知（交付记录，第25条）、
 * 超时的阶段（夜间审计的发现）、审计新开的草稿 PR（govcloud drafts --out），经真正的 SMTP 服务器与按文档工作的
 * 本地机器人服务器收到；密钥不出现在任何输出中。文字来自 profile（Profile.audit.noticeTexts）。
 */
import { appendFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runAudit } from "../scripts/cli/audit.ts";
import { runNotify } from "../scripts/cli/notify.ts";
import { runSchedule } from "../scripts/cli/schedule.ts";
import {
  deliveryNotice,
  draftNotice,
  findingNotice,
  type NoticeTexts,
  shutdownNotice,
} from "../scripts/core/notify/notices.ts";
import { shenzhen } from "../scripts/profiles/shenzhen/index.ts";
import { hostileStrings } from "./fixtures/hostile/strings.ts";
import { type RobotServer, startRobotServer } from "./fixtures/notify/robot-server.ts";
import { startSmtpServer, type TestSmtpServer } from "./fixtures/notify/smtp-server.ts";
import { fixtureRepo, repoRoot } from "./helpers/repo.ts";

const NOW = Date.parse("2026-12-07T01:00:00Z");
const secrets = {
  wecomKey: "5a1c9a2e-0b7d-4e1a-9c8b-77aa55cc33ff",
  dingtalkToken: "c2e9d4c7a2f85e6b3d0c9a8f7e6d5c4b3a29180f7e6d5c4b3a2918",
  dingtalkSecret: "SECbeefc0ffee5ca1ab1edead0123456789abcdef0123456789abcdef0123",
  smtpPassword: "An0ther-Smtp-Pa55word",
};

let robots: RobotServer;
let smtp: TestSmtpServer;
let repo: string;

const capture = (cwd: string, env: Record<string, string | undefined> = {}) => {
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
};

const env = () => ({
  GOVCLOUD_SMTP_HOST: "127.0.0.1",
  GOVCLOUD_SMTP_PORT: String(smtp.port),
  GOVCLOUD_SMTP_SECURE: "false",
  GOVCLOUD_SMTP_USER: "govcloud-audit",
  GOVCLOUD_SMTP_PASSWORD: secrets.smtpPassword,
  GOVCLOUD_SMTP_FROM: "govcloud@centre.example.cn",
  GOVCLOUD_NOTIFY_SZ_EDU_WECOM: robots.wecomUrl,
  GOVCLOUD_NOTIFY_SZ_EDU_DINGTALK: robots.dingtalkUrl,
  GOVCLOUD_NOTIFY_SZ_EDU_DINGTALK_SIGN: secrets.dingtalkSecret,
});

async function notify(args: string[]) {
  const { out, io } = capture(repo, env());
  const code = await runNotify(["--root", repo, ...args], io, { now: () => NOW, sleep: async () => {} });
  for (const s of Object.values(secrets))
    for (const form of [s, encodeURIComponent(s)]) expect(out.stdout + out.stderr).not.toContain(form);
  return { code, ...out };
}

beforeAll(async () => {
  robots = await startRobotServer({ ...secrets, now: () => NOW });
  smtp = await startSmtpServer({ user: "govcloud-audit", password: secrets.smtpPassword });
  repo = fixtureRepo({ prefix: "govcloud-notices-" });
  appendFileSync(
    join(repo, "requests/sz-edu/unit.yaml"),
    `notify:
  email:
    - xxzx@edu.example.cn
  wecom:
    webhook: GOVCLOUD_NOTIFY_SZ_EDU_WECOM
  dingtalk:
    webhook: GOVCLOUD_NOTIFY_SZ_EDU_DINGTALK
    secret: GOVCLOUD_NOTIFY_SZ_EDU_DINGTALK_SIGN
`,
  );
});

afterAll(async () => {
  await robots?.close();
  await smtp?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

afterEach(() => {
  robots.received.length = 0;
  smtp.received.length = 0;
});

describe("shutdown notices (from govcloud schedule)", () => {
  async function scheduleOn(date: string) {
    const { out, io } = capture(repo);
    expect(await runSchedule(["--root", repo, "--now", date, "--format", "json"], io)).toBe(0);
    const file = join(repo, `schedule-${date}.json`);
    writeFileSync(file, out.stdout);
    return file;
  }

  it("3 working days before the agreed shutdown day the unit hears it by e-mail, WeCom and DingTalk", async () => {
    // 校园门户的撤销约定 2026-12-10（星期四）关机；12-07（星期一）还有 3 个工作日
    const run = await notify(["--schedule", await scheduleOn("2026-12-07"), "--now", "2026-12-07"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.split("\n").filter(Boolean)).toEqual([
      "已发送\temail\tsz-edu\tshutdown/sz-edu/campus-portal/2@2026-12-10",
      "已发送\twecom\tsz-edu\tshutdown/sz-edu/campus-portal/2@2026-12-10",
      "已发送\tdingtalk\tsz-edu\tshutdown/sz-edu/campus-portal/2@2026-12-10",
    ]);
    const mail = smtp.received[0];
    expect(mail?.envelopeTo).toEqual(["xxzx@edu.example.cn"]);
    expect(mail?.mail.subject).toMatch(
      /^【第30条 停机通知】.+ 将于 2026-12-10 停机实施变更（还有 3 个工作日）$/,
    );
    expect(mail?.mail.text).toContain("关机窗口：00:00-06:00");
    expect(mail?.mail.text).toContain("申请：requests/sz-edu/campus-portal/0002-revoke.yaml");
    expect(mail?.mail.text).toContain("第30条(1)、第36条");
    expect(robots.received.map((r) => r.robot)).toEqual(["wecom", "dingtalk"]);
    expect(robots.received[0]?.body).toEqual({
      msgtype: "markdown",
      markdown: { content: expect.stringContaining("> **实施日**：2026-12-10") },
    });
  });

  it("not on the days in between, and not with --shutdown-at that skips the day", async () => {
    // 12-08：还有 2 个工作日
    const run = await notify(["--schedule", await scheduleOn("2026-12-08"), "--now", "2026-12-08"]);
    expect([run.code, run.stdout]).toEqual([0, "\n"]);
    const other = await notify([
      "--schedule",
      await scheduleOn("2026-12-07"),
      "--now",
      "2026-12-07",
      "--shutdown-at",
      "1",
    ]);
    expect(other.stdout).toBe("\n");
    expect(smtp.received.length + robots.received.length).toBe(0);
  });
});

describe("delivery notices (第25条, from delivery records)", () => {
  it("names the application, the date, the hosts and their IPs", async () => {
    const run = await notify(["--deliveries", "requests/sz-edu/student-registry/deliveries/0001.yaml"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const mail = smtp.received[0];
    expect(mail?.mail.subject).toMatch(/^【第25条 交付通知】.+ 的申请 1 已于 2026-05-20 交付$/);
    expect(mail?.mail.text).toContain("10.21.3.11");
    expect(mail?.mail.text).toContain("requests/sz-edu/student-registry/deliveries/0001.yaml");
    expect(robots.received).toHaveLength(2);
  });

  it("a file that is not a delivery record is a usage error", async () => {
    await expect(notify(["--deliveries", "requests/sz-edu/unit.yaml"])).rejects.toMatchObject({
      zh: "requests/sz-edu/unit.yaml 不是交付记录（应在 requests/<单位>/<系统>/deliveries/ 中）。",
    });
  });
});

describe("late stages (from the audit's findings)", () => {
  it("a stage 12 working days late is announced on the nights in --late-at", async () => {
    const { out, io } = capture(repo);
    const code = await runAudit(
      [
        "--root",
        repo,
        "--now",
        "2026-12-10",
        "--prs",
        join(repoRoot, "test/audit/fixtures/open-prs.json"),
        "--format",
        "json",
      ],
      io,
      { env: {} },
    );
    expect(code).toBe(0);
    const report = join(repo, "audit-late.json");
    writeFileSync(report, out.stdout);
    expect((await notify(["--from-audit", report])).stdout).toBe("\n");
    const run = await notify(["--from-audit", report, "--late-at", "12"]);
    expect(run.stdout.split("\n").filter(Boolean)).toEqual([
      "已发送\temail\tsz-edu\tstage-late/pr-1347/review",
      "已发送\twecom\tsz-edu\tstage-late/pr-1347/review",
      "已发送\tdingtalk\tsz-edu\tstage-late/pr-1347/review",
    ]);
    expect(smtp.received[0]?.mail.subject).toBe("【时限提醒】PR #1347 的审查阶段已超时（截止 2026-11-24）");
    expect(smtp.received[0]?.mail.text).toContain("已超过 12 个工作日");
  });
});

describe("drafted PRs (from govcloud drafts --out)", () => {
  it("the unit gets a link to a newly opened draft PR; updated and closed ones, and foreign links, are not announced", async () => {
    const file = join(repo, "drafts.json");
    const url = "https://github.com/sz-govcloud/requests/pull/42";
    writeFileSync(
      file,
      JSON.stringify({
        drafts: [
          {
            key: "low-load/sz-edu/student-registry",
            action: "created",
            number: 42,
            url,
            unit: "sz-edu",
            system: "student-registry",
            file: "requests/sz-edu/student-registry/0004-change.yaml",
            title: "低负载：学籍管理系统 app",
          },
          {
            key: "low-load/sz-edu/x",
            action: "updated",
            number: 43,
            url: `${url.slice(0, -2)}43`,
            unit: "sz-edu",
          },
          {
            key: "low-load/sz-edu/y",
            action: "created",
            number: 44,
            url: "javascript:alert(1)",
            unit: "sz-edu",
          },
        ],
      }),
    );
    const run = await notify(["--from-drafts", file]);
    expect(run.stdout.split("\n").filter(Boolean)).toEqual([
      "已发送\temail\tsz-edu\tdraft/low-load/sz-edu/student-registry#42",
      "已发送\twecom\tsz-edu\tdraft/low-load/sz-edu/student-registry#42",
      "已发送\tdingtalk\tsz-edu\tdraft/low-load/sz-edu/student-registry#42",
    ]);
    expect(smtp.received[0]?.mail.html).toContain(`<a href="${url}">#42</a>`);
    expect(smtp.received[0]?.mail.text).toContain(`草稿 PR：#42 ${url}`);
    expect(robots.received[0]?.body).toEqual({
      msgtype: "markdown",
      markdown: { content: expect.stringContaining(`> **草稿 PR**：[#42](${url})`) },
    });
  });
});

describe("hostile names in the new notices are only text", () => {
  const texts = shenzhen.audit.noticeTexts as NoticeTexts;
  const gfm = new MarkdownIt({ html: true, linkify: true });
  /** 元素的种类（<wbr>、<br> 除外）：敌意的文字不能带来新的种类（链接、图片……），代码样式退回为文字时可以少 */
  const tags = (html: string) =>
    new Set(
      [...html.matchAll(/<([a-z][a-z0-9-]*)\b/gi)]
        .map((m) => (m[1] as string).toLowerCase())
        .filter((t) => t !== "wbr" && t !== "br"),
    );
  const subset = (a: Set<string>, b: Set<string>) => [...a].filter((t) => !b.has(t));
  const build = (name: string) => [
    shutdownNotice(
      {
        unit: "sz-edu",
        unitName: name,
        system: "portal",
        systemName: name,
        application: 2,
        file: "requests/sz-edu/portal/0002-revoke.yaml",
        dueDate: "2026-12-10",
        state: "waiting",
        reason: "r",
      },
      { window: "00:00-06:00", workdaysLeft: 3 },
      texts.shutdown as NonNullable<NoticeTexts["shutdown"]>,
    ),
    deliveryNotice(
      {
        file: "requests/sz-edu/portal/deliveries/0001.yaml",
        unit: "sz-edu",
        unitName: name,
        system: "portal",
        systemName: name,
        application: 1,
        date: "2026-05-20",
        resources: [{ id: name, instances: [{ name, ip: "10.0.0.1", hostname: name }] }],
      },
      texts.delivery as NonNullable<NoticeTexts["delivery"]>,
    ),
    findingNotice(
      {
        key: "stage-late/pr-1/review",
        check: "stage-late",
        unit: "sz-edu",
        unitName: name,
        title: name,
        message: name,
        action: name,
      },
      texts.findings as NonNullable<NoticeTexts["findings"]>,
    ),
    draftNotice(
      {
        key: "low-load/sz-edu/portal",
        number: 7,
        url: "https://github.com/o/r/pull/7",
        unit: "sz-edu",
        title: name,
      },
      texts.draft as NonNullable<NoticeTexts["draft"]>,
    ),
  ];
  const baseline = build("普通文字");

  it.each(hostileStrings.map((h) => [h.name, h.text]))("%s", (_name, hostile) => {
    build(hostile).forEach((n, i) => {
      const base = baseline[i] as (typeof baseline)[number];
      expect(subset(tags(gfm.render(n.markdown)), tags(gfm.render(base.markdown)))).toEqual([]);
      // 链接只有我们的一个（草稿 PR）
      expect(gfm.render(n.markdown).match(/<a /g)?.length ?? 0).toBe(i === 3 ? 1 : 0);
      expect(gfm.render(n.markdown)).not.toMatch(/@[A-Za-z0-9_-]/);
      expect(subset(tags(n.html), tags(base.html))).toEqual([]);
      expect(n.html.match(/<a /g)?.length ?? 0).toBe(i === 3 ? 1 : 0);
      for (const s of [n.text, n.title])
        expect(s.replace("https://github.com/o/r/pull/7", "")).not.toMatch(
          /:\/\/(?!\])|@[A-Za-z0-9_-]|www\.|[\u202a-\u202e\u200b-\u200f]/i,
        );
    });
  });
});

describe("GOVCLOUD_NOTIFY_SECRETS: one Actions secret for every unit's robots", () => {
  it("the names of the unit registry are looked up in it; nothing of it is printed", async () => {
    const bundle = JSON.stringify({
      GOVCLOUD_NOTIFY_SZ_EDU_WECOM: robots.wecomUrl,
      GOVCLOUD_NOTIFY_SZ_EDU_DINGTALK: robots.dingtalkUrl,
      GOVCLOUD_NOTIFY_SZ_EDU_DINGTALK_SIGN: secrets.dingtalkSecret,
    });
    const { out, io } = capture(repo, { GOVCLOUD_NOTIFY_SECRETS: bundle });
    const code = await runNotify(
      ["--root", repo, "--deliveries", "requests/sz-edu/student-registry/deliveries/0001.yaml"],
      io,
      { now: () => NOW, sleep: async () => {} },
    );
    // 没有 SMTP：邮件失败（说明缺哪个变量），两个机器人照常发出
    expect(code).toBe(1);
    expect(robots.received.map((r) => r.robot)).toEqual(["wecom", "dingtalk"]);
    for (const s of [...Object.values(secrets), robots.wecomUrl, robots.dingtalkUrl])
      expect(out.stdout + out.stderr).not.toContain(s);
  });

  it("a bundle that is not a JSON object is a usage error that does not repeat it", async () => {
    const { io } = capture(repo, { GOVCLOUD_NOTIFY_SECRETS: `not json ${secrets.dingtalkSecret}` });
    const run = runNotify(
      ["--root", repo, "--deliveries", "requests/sz-edu/student-registry/deliveries/0001.yaml"],
      io,
    );
    await expect(run).rejects.toMatchObject({ zh: expect.stringContaining("应为 JSON 对象") });
    await expect(run).rejects.not.toMatchObject({ zh: expect.stringContaining(secrets.dingtalkSecret) });
  });
});
