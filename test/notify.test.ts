/**
 * 通知的纯核心：单位登记的 notify 一节、第46条到期提醒的文字、各渠道的请求体与长度上限、敌意的单位名称。
 */
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import {
  byteLength,
  dingtalkPayload,
  type ExpiryFinding,
  emailPayload,
  expiryReminder,
  looksLikeSecret,
  parseNotifyConfig,
  plain,
  truncateBytes,
  wecomPayload,
} from "../scripts/core/notify/index.ts";
import { shenzhen } from "../scripts/profiles/shenzhen/index.ts";
import { hostileStrings } from "./fixtures/hostile/strings.ts";
import { exampleFiles, exampleText, run } from "./helpers/repo.ts";

const notices = shenzhen.audit.notices;

const finding: ExpiryFinding = {
  key: "test-expiring/sz-edu-exam/exam-registration/test-db",
  check: "test-expiring",
  unit: "sz-edu-exam",
  unitName: "深圳市教育考试院",
  system: "exam-registration",
  systemName: "考试报名系统",
  resource: "test-db",
  params: {
    resource: "test-db",
    expiresOn: "2026-12-08",
    daysLeft: 7,
    renewable: true,
    renewableUntil: "2027-03-01",
  },
};

describe("notify section of unit.yaml", () => {
  it("accepts secret names and addresses", () => {
    expect(
      parseNotifyConfig({
        email: ["it@exam.example.cn"],
        wecom: { webhook: "GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM" },
        dingtalk: {
          webhook: "GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK",
          secret: "GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK_SIGN",
        },
      }),
    ).toEqual({
      config: {
        email: ["it@exam.example.cn"],
        wecom: { webhook: "GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM" },
        dingtalk: {
          webhook: "GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK",
          secret: "GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK_SIGN",
        },
      },
      problems: [],
    });
    expect(parseNotifyConfig(undefined)).toEqual({ config: {}, problems: [] });
  });

  const wecomUrl =
    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa";
  const dingSecret = "SEC3f1a9e0c4b7d2e8f6a5c1b0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9";
  it.each([
    ["a WeCom webhook URL", { wecom: { webhook: wecomUrl } }, "/notify/wecom/webhook", wecomUrl],
    [
      "a DingTalk signing secret",
      { dingtalk: { webhook: "GOVCLOUD_DING", secret: dingSecret } },
      "/notify/dingtalk/secret",
      dingSecret,
    ],
    [
      "a bare WeCom key",
      { wecom: { webhook: "693a91f6-7aaa-4bc4-97a0-0ec2d1fa5aaa" } },
      "/notify/wecom/webhook",
      "693a91f6",
    ],
  ])("%s pasted in is a clear problem that does not repeat the value", (_name, raw, path, secret) => {
    const { config, problems } = parseNotifyConfig(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message.zh).toMatch(/直接写了 webhook 地址或密钥.*只能写存放它的环境变量名.*重置/);
    expect(JSON.stringify(problems)).not.toContain(secret);
    expect(config.wecom).toBeUndefined();
  });

  it("a lower-case name is not a pasted secret, but still not a variable name", () => {
    const { problems } = parseNotifyConfig({ wecom: { webhook: "my-robot" }, email: ["not an address"] });
    expect(problems.map((p) => [p.path, p.message.zh])).toEqual([
      ["/notify/email/0", "/notify/email/0 不是电子邮件地址。"],
      [
        "/notify/wecom/webhook",
        "/notify/wecom/webhook 应为环境变量名：大写字母开头，只含大写字母、数字与下划线（如 GOVCLOUD_NOTIFY_SZ_EDU_WECOM）。",
      ],
    ]);
    expect(looksLikeSecret("GOVCLOUD_NOTIFY_SZ_EDU_WECOM")).toBe(false);
  });
});

describe("第46条 expiry reminder", () => {
  it("names the unit, system, resource, expiry date, days left, the article and what to do", () => {
    const n = expiryReminder(finding, notices);
    expect(n?.title).toBe("【第46条 到期提醒】测试资源 test-db 将于 2026-12-08 到期");
    expect(n?.key).toBe("test-expiring/sz-edu-exam/exam-registration/test-db@2026-12-08");
    expect(n?.text).toBe(
      [
        "【第46条 到期提醒】测试资源 test-db 将于 2026-12-08 到期",
        "",
        "使用单位：深圳市教育考试院（sz-edu-exam）",
        "信息系统：考试报名系统（exam-registration）",
        "测试资源：test-db",
        "到期日：2026-12-08（还有 7 天）",
        "依据：《深圳市政务云服务申请规范》第46条：测试资源到期前一周，市大数据资源管理中心提醒使用单位；不申请续期的，到期后可回收测试资源。",
        "请处理：还要使用的，请在到期前提交续期申请（type: test-renewal），累计不超过六个月，最迟用到 2027-03-01（第45条）；不再使用的，请备份数据，到期后回收（第47条）。",
        "来源：夜间审计，发现 test-expiring/sz-edu-exam/exam-registration/test-db",
      ].join("\n"),
    );
    expect(n?.markdown).toContain("> **测试资源**：`test-db`");
    // 我们自己的文字不转成 HTML 实体（机器人客户端未必显示实体）
    expect(n?.markdown.split("\n")[0]).toBe("### 【第46条 到期提醒】测试资源 `test-db` 将于 2026-12-08 到期");
    expect(n?.markdown).toContain("续期申请（type: test-renewal）");
  });

  it("in English behind --lang en; other findings give no reminder", () => {
    expect(expiryReminder(finding, notices, "en")?.title).toBe(
      "【第46条 expiry reminder】Test resource test-db expires on 2026-12-08",
    );
    expect(
      expiryReminder({ ...finding, params: { ...finding.params, renewable: false } }, notices)?.text,
    ).toContain("不能再续期");
    expect(expiryReminder({ ...finding, check: "test-expired" }, notices)).toBeUndefined();
  });

  it("payloads: WeCom markdown, DingTalk title + text, e-mail subject, text and HTML", () => {
    const n = expiryReminder(finding, notices);
    if (!n) throw new Error("no notice");
    expect(wecomPayload(n)).toEqual({ msgtype: "markdown", markdown: { content: n.markdown } });
    expect(dingtalkPayload(n)).toEqual({
      msgtype: "markdown",
      markdown: { title: n.title, text: n.markdown },
    });
    expect(emailPayload(n, ["a@b.example"])).toEqual({
      to: ["a@b.example"],
      subject: n.title,
      text: n.text,
      html: n.html,
    });
  });
});

describe("length limits", () => {
  it("a WeCom message over 4096 bytes is cut at a line with a link-free pointer to the full text", () => {
    const long = { ...finding, systemName: "很长的系统名称".repeat(400) };
    const n = expiryReminder(long, notices);
    if (!n) throw new Error("no notice");
    expect(byteLength(n.markdown)).toBeGreaterThan(4096);
    const content = wecomPayload(n).markdown.content;
    expect(byteLength(content)).toBeLessThanOrEqual(4096);
    expect(
      content.endsWith(
        "（内容过长，已截断；全文见夜间审计报告中的发现 test-expiring/sz-edu-exam/exam-registration/test-db）",
      ),
    ).toBe(true);
    expect(content).toContain("深圳市教育考试院");
    expect(content).not.toMatch(/https?:|\]\(/);
    // 钉钉的上限更高：同一条不截断
    expect(dingtalkPayload(n).markdown.text).toBe(n.markdown);
  });

  it("never splits a character or leaves half an entity, whatever the budget", () => {
    for (let max = 40; max < 120; max++) {
      const cut = truncateBytes("一二三四五六七八九十&#42;".repeat(20), max, "…");
      expect(byteLength(cut)).toBeLessThanOrEqual(max);
      expect(cut).not.toContain("\uFFFD");
      expect(cut).not.toMatch(/&#?\d*\n/);
    }
  });
});

// ---------- 敌意的单位名称：不成为链接、图片、元素或提及 ----------

const gfm = new MarkdownIt({ html: true, linkify: true });
const tags = (html: string) =>
  [...html.matchAll(/<([a-z][a-z0-9-]*)\b/gi)]
    .map((m) => (m[1] as string).toLowerCase())
    .filter((t) => t !== "wbr" && t !== "br")
    .sort();

describe("a hostile unit name is only text", () => {
  const baseline = expiryReminder({ ...finding, unitName: "普通文字" }, notices);
  if (!baseline) throw new Error("no notice");

  it("the corpus really is hostile when not escaped", () => {
    expect(gfm.render("[官方审批入口](https://evil.example/approve)")).toContain("<a ");
  });

  it.each(hostileStrings.map((h) => [h.name, h.text]))("%s", (_name, hostile) => {
    const n = expiryReminder({ ...finding, unitName: hostile, systemName: hostile }, notices);
    if (!n) throw new Error("no notice");
    // Markdown（机器人）：与普通文字相同的元素，没有链接、图片，@ 后面被 <wbr> 隔开
    const html = gfm.render(n.markdown);
    expect(tags(html)).toEqual(tags(gfm.render(baseline.markdown)));
    expect(html).not.toMatch(/@[A-Za-z0-9_-]/);
    // 邮件 HTML：同样
    expect(tags(n.html)).toEqual(tags(baseline.html));
    // 纯文字（邮件正文、主题、钉钉标题）：没有网址、邮件地址或提及的形状
    for (const s of [n.text, n.title, dingtalkPayload(n).markdown.title])
      expect(s.replace(finding.key, "")).not.toMatch(
        /:\/\/(?!\])|@[A-Za-z0-9_-]|www\.|[\u202a-\u202e\u200b-\u200f]/i,
      );
  });

  it("plain() keeps the words readable", () => {
    expect(plain("请登录 https://evil.example/login 办理 @octocat")).toBe(
      "请登录 https[://]evil[.]example/login 办理 [@]octocat",
    );
  });
});

describe("the unit schema's notify section", () => {
  const UNIT = "requests/sz-edu-exam/unit.yaml";
  const withNotify = (section: string) => ({ [UNIT]: `${exampleText(UNIT)}${section}` });
  const unitFindings = (section: string) =>
    run(exampleFiles(withNotify(section)), { kind: "files", files: [UNIT] }).filter((f) => f.file === UNIT);

  it("accepts secret names and e-mail addresses", () => {
    expect(
      unitFindings(
        "notify:\n  email: [it@exam.example.cn]\n  wecom: { webhook: GOVCLOUD_NOTIFY_SZ_EDU_EXAM_WECOM }\n  dingtalk: { webhook: GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK, secret: GOVCLOUD_NOTIFY_SZ_EDU_EXAM_DINGTALK_SIGN }\n",
      ),
    ).toEqual([]);
  });

  it("refuses a pasted webhook URL with the reason, at its line", () => {
    const found = unitFindings(
      'notify:\n  wecom:\n    webhook: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7aaa-4bc4-97a0-0ec2d1fa5aaa"\n',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", path: "/notify/wecom/webhook" });
    expect(found[0]?.message).toContain("不要写地址或密钥本身，仓库是公开的");
    // 贴进来的密钥不在发现中重复（发现会进 PR 评论）
    expect(found[0]?.message).not.toContain("693a91f6");
    expect(found[0]?.message).not.toContain("qyapi");
  });
});
