/**
 * 命令表：每个命令（及子命令）的名称、一句话说明、用法和选项，只在这里定义一次。
 * main.ts 按它分派、生成总帮助和每个命令的 --help；各命令的 parseArgs 选项也取自这里（`commandOptions`），
 * 所以帮助里列出的选项与命令实际接受的选项不会分叉（test/cli-help.test.ts 核对）。
 */
import type { Lang, Text } from "../core/text.ts";

const t = (zh: string, en: string): Text => ({ zh, en });

/** 一个选项：parseArgs 的配置，加上帮助里显示的参数名与说明。 */
export interface OptionDef {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  /** 参数名，如 <目录>；布尔选项没有 */
  arg?: Text;
  help: Text;
}

export interface CommandDef {
  /** 一句话说明（总帮助一行一个命令） */
  summary: Text;
  /** 命令名之后的用法，如 [路径…] [选项] */
  usage: Text;
  /** 接受位置参数 */
  positionals?: boolean;
  options: Readonly<Record<string, OptionDef>>;
  /** 帮助末尾的补充说明（退出码、环境变量） */
  notes?: Text;
  /** 子命令（如 calendar show）：各有自己的帮助 */
  subcommands?: Readonly<Record<string, Omit<CommandDef, "options" | "subcommands">>>;
}

const root = {
  type: "string",
  arg: t("<目录>", "<dir>"),
  help: t("仓库根目录（默认当前目录）", "repository root (default: current directory)"),
} as const satisfies OptionDef;
const lang = {
  type: "string",
  arg: t("<语言>", "<lang>"),
  help: t("zh（默认）| en", "zh (default) | en"),
} as const satisfies OptionDef;
const now = {
  type: "string",
  arg: t("<时间>", "<time>"),
  help: t(
    "以该时刻为“现在”（YYYY-MM-DD 或 ISO 8601，北京时间；默认 GOVCLOUD_NOW 或系统时钟）",
    "take this time as now (YYYY-MM-DD or ISO 8601, Beijing time; default GOVCLOUD_NOW or the system clock)",
  ),
} as const satisfies OptionDef;
const changedFrom = {
  type: "string",
  arg: t("<引用>", "<ref>"),
  help: t("只看相对该 git 引用改动过的文件", "only files changed since this git ref"),
} as const satisfies OptionDef;
const botLogin = {
  type: "string",
  arg: t("<账号>", "<login>"),
  help: t(
    "机器人的 GitHub 账号（默认认任何机器人账号）",
    "the bot's GitHub login (default: any bot account)",
  ),
} as const satisfies OptionDef;
const help = {
  type: "boolean",
  short: "h",
  help: t("显示本帮助", "show this help"),
} as const satisfies OptionDef;
const format = (values: string, dflt: string) => ({
  type: "string" as const,
  default: dflt,
  arg: t("<格式>", "<format>"),
  help: t(values.replace(dflt, `${dflt}（默认）`), values.replace(dflt, `${dflt} (default)`)),
});
const exitCodes = t(
  "退出码：0 无错误，1 有错误，2 用法错误或内部故障。",
  "Exit codes: 0 no errors, 1 errors, 2 usage error or internal failure.",
);

export const commands = {
  new: {
    summary: t(
      "新建使用单位、信息系统或一份申请的骨架（交互式，或用选项）",
      "scaffold a unit, a system or an application (interactive, or by options)",
    ),
    usage: t("unit|system|<申请种类> [选项]", "unit|system|<kind> [options]"),
    positionals: true,
    options: {
      unit: {
        type: "string",
        arg: t("<单位>", "<unit>"),
        help: t("单位目录名，如 sz-edu", "unit folder, e.g. sz-edu"),
      },
      system: {
        type: "string",
        arg: t("<系统>", "<system>"),
        help: t("系统目录名，如 student-registry", "system folder, e.g. student-registry"),
      },
      type: {
        type: "string",
        arg: t("<种类>", "<kind>"),
        help: t("申请种类（也可写在位置参数里）", "application kind (or as the positional argument)"),
      },
      date: {
        type: "string",
        arg: t("<日期>", "<date>"),
        help: t("申请日期（默认今天，北京时间）", "application date (default: today in Beijing)"),
      },
      yes: {
        type: "boolean",
        short: "y",
        help: t(
          "不提问：缺少的值按默认处理，不能默认时报错",
          "ask nothing: defaults where possible, else an error",
        ),
      },
      lang,
      root,
      now,
      help,
    },
    notes: t(
      "申请种类是本仓库规范（govcloud.yaml 的 profile）提供的种类，如 new、change、revoke、ports、test、test-renewal。\n已有的文件从不覆盖。退出码：0 已写入；2 用法错误或文件已存在。",
      "Kinds are those of the repository's profile (govcloud.yaml), e.g. new, change, revoke, ports, test, test-renewal.\nAn existing file is never overwritten. Exit codes: 0 written; 2 usage error or the file exists.",
    ),
  },
  validate: {
    summary: t("校验申请（默认整个 requests/）", "validate applications (default: all of requests/)"),
    usage: t("[路径…] [选项]", "[paths…] [options]"),
    positionals: true,
    options: {
      "changed-from": {
        ...changedFrom,
        help: t(
          "只报告相对该 git 引用改动过的文件（仍对照整个仓库检查）",
          "report only files changed since the git ref (still checked against the whole repository)",
        ),
      },
      format: format("text | json | github | sarif", "text"),
      lang,
      root,
      now,
      metrics: {
        type: "string",
        arg: t("file:<路径>", "file:<path>"),
        help: t(
          "利用率导出（JSON 或 CSV），核对变更申请中填写的近 5 个工作日利用率",
          "utilization export (JSON or CSV) to check the stated 5-working-day figures against",
        ),
      },
      color: { type: "boolean", help: t("输出颜色", "colours") },
      "no-color": { type: "boolean", help: t("不输出颜色", "no colours") },
      "no-cache": {
        type: "boolean",
        help: t(
          "不用校验缓存（整个仓库校验时默认按单位缓存结果，见 docs/validate-cache.md）",
          "do not use the validation cache (whole-tree runs cache results per unit by default; see docs/validate-cache.md)",
        ),
      },
      help,
    },
    notes: exitCodes,
  },
  rules: {
    summary: t(
      "列出每条规则、它的条款出处和检查的内容",
      "list every rule with its article and what it checks",
    ),
    usage: t("[选项]", "[options]"),
    options: { format: format("text | json | markdown", "text"), lang, root, help },
    notes: t(
      "给 --root 时只列出那个仓库的规范（govcloud.yaml 的 profile）的规则；不给时列出全部规范的规则。",
      "With --root, only the rules of that repository's profile (govcloud.yaml) are listed; without it, every profile's rules.",
    ),
  },
  schemas: {
    summary: t(
      "由服务目录生成 schemas/<profile>/*.schema.json",
      "generate schemas/<profile>/*.schema.json from the catalog",
    ),
    usage: t("[--check] [选项]", "[--check] [options]"),
    options: {
      check: { type: "boolean", help: t("只比对，不写入", "only compare, write nothing") },
      lang,
      root,
      help,
    },
    notes: t(
      "退出码：0 一致（或已写入）；1 --check 发现不一致。",
      "Exit codes: 0 up to date (or written); 1 --check found stale schemas.",
    ),
  },
  stage: {
    summary: t(
      "显示 PR 在审查流程中的阶段（阶段按仓库的规范：深圳 审查 / 审批 / 实施，淮北 评估 / 测试区开通 / … / 三方确认）",
      "show a pull request's review stage",
    ),
    usage: t("(--pr <编号> | --event <文件>) [选项]", "(--pr <number> | --event <file>) [options]"),
    options: {
      pr: {
        type: "string",
        arg: t("<编号>", "<number>"),
        help: t(
          "从 GitHub 读取（GITHUB_TOKEN、GITHUB_REPOSITORY，可选 GITHUB_API_URL）",
          "read GitHub (GITHUB_TOKEN, GITHUB_REPOSITORY, optional GITHUB_API_URL)",
        ),
      },
      write: {
        type: "boolean",
        help: t(
          "（与 --pr）把阶段写回 PR：标签、提交状态和一条持续更新的评论",
          "(with --pr) write the stage back: labels, a commit status and one comment kept up to date",
        ),
      },
      event: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "离线：webhook 载荷（pull_request / pull_request_review）",
          "offline: a webhook payload (pull_request / pull_request_review)",
        ),
      },
      context: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "（与 --event）离线上下文（files、commits、reviews、teams、validation）",
          "(with --event) offline context (files, commits, reviews, teams, validation)",
        ),
      },
      "changed-from": {
        ...changedFrom,
        help: t(
          "上下文没有 files 时，按 git 差异取改动的文件",
          "without files in the context, take the changed files from git",
        ),
      },
      format: format("text | json | markdown", "text"),
      lang,
      root,
      now,
      "bot-login": botLogin,
      help,
    },
  },
  render: {
    summary: t(
      "把申请（或 unit.yaml）生成官方表单（深圳：申请表、测算报告、端口开放申请表、授权委托书；淮北：附件1–7）",
      "render the official forms of an application (or of unit.yaml)",
    ),
    usage: t("<文件> [选项]", "<file> [options]"),
    positionals: true,
    options: {
      to: {
        type: "string",
        default: "md",
        arg: t("md|html|pdf", "md|html|pdf"),
        help: t(
          "md（默认，打印到标准输出）| html（A4 打印版式）| pdf（经 Chromium；先运行 scripts/setup/forms.sh）",
          "md (default, to standard output) | html (A4 print layout) | pdf (through Chromium; run scripts/setup/forms.sh first)",
        ),
      },
      out: {
        type: "string",
        arg: t("<目录>", "<dir>"),
        help: t(
          "输出目录；文件名为 <单位>-<系统>-<序号>-<表单>",
          "output folder; files are named <unit>-<system>-<number>-<form>",
        ),
      },
      agent: {
        type: "string",
        arg: t("<GitHub 账号>", "<GitHub login>"),
        help: t(
          "unit.yaml 只生成这位代理人的授权委托书",
          "unit.yaml: only this agent's letter of authorization",
        ),
      },
      root,
      now,
      help,
    },
    notes: t(
      "退出码：0 已生成；1 文件有校验错误（先运行 govcloud validate）；2 用法错误或缺少 Chromium。",
      "Exit codes: 0 rendered; 1 the file has validation errors; 2 usage error or Chromium missing.",
    ),
  },
  report: {
    summary: t(
      "拉取请求报告（Danger 评论的内容）：合并后会发生什么、检查结果、阶段、表单",
      "the pull request report (the Danger comment): effects, findings, stage, forms",
    ),
    usage: t("--changed-from <引用> [选项]", "--changed-from <ref> [options]"),
    options: {
      "changed-from": changedFrom,
      format: format("markdown | json", "markdown"),
      stage: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t("govcloud stage --format json 的输出", "the output of govcloud stage --format json"),
      },
      "no-forms": { type: "boolean", help: t("不附官方表单", "leave out the official forms") },
      root,
      now,
      help,
    },
  },
  plan: {
    summary: t(
      "每个系统的期望状态（Pulumi 要建的资源）与要做的事",
      "each system's desired state (what Pulumi builds) and what is to be done",
    ),
    usage: t("[选项]", "[options]"),
    options: {
      system: {
        type: "string",
        multiple: true,
        arg: t("<单位/系统>", "<unit/system>"),
        help: t("只看这个系统（可重复）", "only this system (repeatable)"),
      },
      "changed-from": {
        ...changedFrom,
        help: t(
          "只看相对该 git 引用改动过申请的系统",
          "only systems whose applications changed since the ref",
        ),
      },
      format: format("text | json", "text"),
      lang,
      root,
      now,
      help,
    },
    notes: t(
      "退出码：0 都可以发放；1 有系统被拒绝发放；2 用法错误。",
      "Exit codes: 0 all can be provisioned; 1 a system is refused; 2 usage error.",
    ),
  },
  deliver: {
    summary: t(
      "写交付记录 deliveries/<序号>.yaml 与第25条交付通知",
      "write the delivery record and the 第25条 delivery notice",
    ),
    usage: t(
      "--system <单位/系统> --application <序号> [选项]",
      "--system <unit/system> --application <n> [options]",
    ),
    options: {
      system: { type: "string", arg: t("<单位/系统>", "<unit/system>"), help: t("系统", "the system") },
      application: { type: "string", arg: t("<序号>", "<n>"), help: t("申请序号", "application number") },
      outputs: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t("pulumi stack output --json 的内容", "the output of pulumi stack output --json"),
      },
      checklist: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "勾选并写了详情的交付清单（人工开通的服务）",
          "the ticked delivery checklist (manual services)",
        ),
      },
      date: {
        type: "string",
        arg: t("<日期>", "<date>"),
        help: t("交付日期，默认今天（北京时间）", "delivery date (default: today in Beijing)"),
      },
      notification: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "把交付通知写到文件（默认标准输出）",
          "write the notice to a file (default: standard output)",
        ),
      },
      "dry-run": { type: "boolean", help: t("只打印交付记录，不写文件", "print the record, write nothing") },
      root,
      now,
      help,
    },
    notes: t(
      "退出码：0 已写入（或没有变化）；1 交付记录不合规、资源缺失或清单未全部勾选；2 用法错误。",
      "Exit codes: 0 written (or unchanged); 1 invalid record, missing resources or unticked checklist; 2 usage error.",
    ),
  },
  drift: {
    summary: t(
      "漂移：每个系统、每个资源与仓库的差异（pulumi preview --refresh）",
      "drift: how each system's resources differ from the repository (pulumi preview --refresh)",
    ),
    usage: t(
      "(--preview-json <文件> … | --stack <stack> …) [选项]",
      "(--preview-json <file> … | --stack <stack> …) [options]",
    ),
    options: {
      "preview-json": {
        type: "string",
        multiple: true,
        arg: t("<文件>", "<file>"),
        help: t("读保存的 preview 输出（可重复）", "read a saved preview output (repeatable)"),
      },
      stack: {
        type: "string",
        multiple: true,
        arg: t("<stack>", "<stack>"),
        help: t(
          "对这个 stack 运行 pulumi preview（要 pulumi：scripts/setup/pulumi.sh；可重复）",
          "run pulumi preview for this stack (needs pulumi: scripts/setup/pulumi.sh; repeatable)",
        ),
      },
      format: format("markdown | json", "markdown"),
      lang,
      root,
      now,
      help,
    },
    notes: t("退出码：0 没有漂移；1 有漂移；2 出错。", "Exit codes: 0 no drift; 1 drift; 2 failure."),
  },
  checklist: {
    summary: t(
      "人工交付服务的交付清单，或核对 PR 上的一份清单评论",
      "the delivery checklist of manual services, or verify a checklist comment on the PR",
    ),
    usage: t(
      "(--system <单位/系统> --application <序号> | --comment <评论 id>) [选项]",
      "(--system <unit/system> --application <n> | --comment <comment id>) [options]",
    ),
    options: {
      system: { type: "string", arg: t("<单位/系统>", "<unit/system>"), help: t("系统", "the system") },
      application: { type: "string", arg: t("<序号>", "<n>"), help: t("申请序号", "application number") },
      comment: {
        type: "string",
        arg: t("<评论 id>", "<comment id>"),
        help: t(
          "核对这条 PR 评论（GITHUB_TOKEN、GITHUB_REPOSITORY）：只认提供商实施工程师编辑过的",
          "verify this PR comment (GITHUB_TOKEN, GITHUB_REPOSITORY): only implementers may have edited it",
        ),
      },
      out: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "核对通过时把正文写到这里（默认标准输出）",
          "where to write the verified text (default: standard output)",
        ),
      },
      "bot-login": botLogin,
      lang,
      root,
      now,
      help,
    },
    notes: t(
      "退出码：0 可以写交付记录；1 拒绝；2 用法错误或访问 GitHub 失败。",
      "Exit codes: 0 ready for the delivery record; 1 refused; 2 usage error or GitHub failure.",
    ),
  },
  audit: {
    summary: t(
      "夜间审计：利用率与低负载、测试或临时资源到期、阶段与实施时限（检查与条款按仓库的规范）",
      "the nightly audit: utilization, test resource expiry, stage clocks, validity",
    ),
    usage: t("[选项]", "[options]"),
    options: {
      metrics: {
        type: "string",
        arg: t("<来源>", "<source>"),
        help: t(
          "利用率：file:<路径>（JSON 或 CSV 导出）或 prometheus:<地址>（HTTP API）",
          "utilization: file:<path> (JSON or CSV export) or prometheus:<url> (HTTP API)",
        ),
      },
      now,
      format: format("text | markdown | json", "text"),
      lang,
      prs: {
        type: "string",
        arg: t("<文件|github>", "<file|github>"),
        help: t(
          "打开的 PR：离线 JSON 文件，或 github（读 GitHub）；用于阶段时限与申请有效期",
          "open pull requests: an offline JSON file, or github; for stage clocks and validity",
        ),
      },
      "open-issues": {
        type: "boolean",
        help: t(
          "每条发现在 GitHub 上保持一个 issue（GITHUB_TOKEN、GITHUB_REPOSITORY）",
          "keep one GitHub issue per finding (GITHUB_TOKEN, GITHUB_REPOSITORY)",
        ),
      },
      config: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "审计配置（默认 .github/govcloud-audit.yaml）",
          "audit configuration (default .github/govcloud-audit.yaml)",
        ),
      },
      root,
      "bot-login": botLogin,
      progress: { type: "boolean", help: t("显示进度条", "show a progress bar") },
      "no-progress": { type: "boolean", help: t("不显示进度条", "no progress bar") },
      help,
    },
  },
  drafts: {
    summary: t(
      "把审计起草的申请开成草稿 PR（机器人的分支），把漂移同步为每个系统一个 issue，能写成变更申请的漂移另起草修复 PR（见 docs/drafts.md）",
      "open the audit's drafted applications as draft PRs (bot branches); one drift issue per system, plus a repair draft PR where a change application can accept the drift (see docs/drafts.md)",
    ),
    usage: t(
      "--from-audit <报告.json> [--drift <漂移.json>…] [选项]",
      "--from-audit <report.json> [--drift <drift.json>…] [options]",
    ),
    options: {
      "from-audit": {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t("govcloud audit --format json 的输出", "the output of govcloud audit --format json"),
      },
      drift: {
        type: "string",
        multiple: true,
        arg: t("<文件>", "<file>"),
        help: t(
          "govcloud drift --format json 的输出（可重复，每个 stack 一个）：漂移 issue 与漂移修复的草稿 PR",
          "the output of govcloud drift --format json (repeatable, one per stack): drift issues and drift repair draft PRs",
        ),
      },
      "dry-run": {
        type: "boolean",
        help: t(
          "只显示会开哪些草稿 PR（含正文与校验结果），不访问 GitHub",
          "show the draft PRs (body and validation included) without touching GitHub",
        ),
      },
      out: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "把结果（JSON）写到文件，供 govcloud notify --from-drafts",
          "write the result (JSON) to a file, for govcloud notify --from-drafts",
        ),
      },
      format: format("text | json", "text"),
      now,
      lang,
      root,
      "bot-login": botLogin,
      help,
    },
    notes: t(
      "环境变量：GITHUB_TOKEN、GITHUB_REPOSITORY（形如 owner/repo）；可选 GITHUB_API_URL、GITHUB_SERVER_URL。",
      "Environment: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/repo); optional GITHUB_API_URL, GITHUB_SERVER_URL.",
    ),
  },
  notify: {
    summary: t(
      "发送通知：到期提醒、停机、交付、超时的阶段、起草的 PR（邮件、企业微信、钉钉；见 docs/notify.md）",
      "send notices: expiry reminders, shutdowns, deliveries, late stages, drafted PRs (e-mail, WeCom, DingTalk; see docs/notify.md)",
    ),
    usage: t(
      "[--from-audit <报告.json>] [--from-drafts <结果.json>] [--schedule <日程.json>] [--deliveries <记录.yaml>…] [选项]",
      "[--from-audit <report.json>] [--from-drafts <result.json>] [--schedule <schedule.json>] [--deliveries <record.yaml>…] [options]",
    ),
    options: {
      "from-audit": {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "govcloud audit --format json 的输出：到期提醒、超时的阶段与实施",
          "the output of govcloud audit --format json: expiry reminders, late stages and implementations",
        ),
      },
      "from-drafts": {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "govcloud drafts --out 的结果：新开的草稿 PR",
          "the result of govcloud drafts --out: newly opened draft PRs",
        ),
      },
      schedule: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t(
          "govcloud schedule --format json 的输出：停机通知",
          "the output of govcloud schedule --format json: shutdown notices",
        ),
      },
      deliveries: {
        type: "string",
        multiple: true,
        arg: t("<文件>", "<file>"),
        help: t("交付记录（可重复）：交付通知", "delivery records (repeatable): delivery notices"),
      },
      "late-at": {
        type: "string",
        arg: t("<天数>", "<days>"),
        help: t(
          "超时这些工作日时通知，逗号分隔（默认 1,3,5,10）",
          "notify when this many working days late, comma-separated (default 1,3,5,10)",
        ),
      },
      "shutdown-at": {
        type: "string",
        arg: t("<天数>", "<days>"),
        help: t(
          "离关机日还有这些工作日时通知，逗号分隔（默认 3,1）",
          "notify when the shutdown day is this many working days away, comma-separated (default 3,1)",
        ),
      },
      now,
      "remind-at": {
        type: "string",
        arg: t("<天数>", "<days>"),
        help: t(
          "还剩这些天时提醒，逗号分隔（默认按规范：深圳 还剩 7,3,1 天；淮北 期满前 10,7 个工作日）；all 为每晚都发",
          "remind when this many days are left, comma-separated (default by profile: Shenzhen 7,3,1 days left; Huaibei 10,7 working days before the end); all: every night",
        ),
      },
      "dry-run": {
        type: "boolean",
        help: t("只显示会发什么，不发送", "show what would be sent, send nothing"),
      },
      format: {
        type: "string",
        arg: t("<格式>", "<format>"),
        help: t("text（默认）| json", "text (default) | json"),
      },
      lang,
      root,
      help,
    },
    notes: t(
      "环境变量：单位登记中写的机器人变量名；邮件用 GOVCLOUD_SMTP_HOST、_PORT、_SECURE、_USER、_PASSWORD、_FROM",
      "Environment: the robot variable names of the unit registry; e-mail uses GOVCLOUD_SMTP_HOST, _PORT, _SECURE, _USER, _PASSWORD, _FROM",
    ),
  },
  calendar: {
    summary: t(
      "工作日日历：查看一年，或导入国务院办公厅的放假通知",
      "the working-day calendar: show a year, or import a notice",
    ),
    usage: t("show|import … [选项]", "show|import … [options]"),
    positionals: true,
    options: {
      format: format("text | json", "text"),
      lang: { ...lang, default: "zh" },
      root,
      check: {
        type: "boolean",
        default: false,
        help: t("（import）只显示将写入的内容", "(import) only show what would be written"),
      },
      help: { ...help, default: false },
    },
    subcommands: {
      show: {
        summary: t(
          "一年的工作日日历：逐月的放假日、调休上班日，各注来源",
          "a year's working-day calendar: days off and make-up working days, each with its source",
        ),
        usage: t("<年份> [--format text|json] [--root <目录>]", "<year> [--format text|json] [--root <dir>]"),
      },
      import: {
        summary: t(
          "把放假通知导入 catalog/calendar/cn.yaml",
          "import the State Council's holiday notice into catalog/calendar/cn.yaml",
        ),
        usage: t("<通知.txt> [--check] [--root <目录>]", "<notice.txt> [--check] [--root <dir>]"),
      },
    },
  },
  annual: {
    summary: t(
      "年度使用情况（也可写 report annual）：各单位年末持有的资源、全年利用率与低负载主机、申请与撤销",
      "yearly usage (also report annual): resources held at year end, utilization and low-load hosts, applications",
    ),
    usage: t("--year <年份> [选项]", "--year <year> [options]"),
    options: {
      year: {
        type: "string",
        arg: t("<年份>", "<year>"),
        help: t("年份（默认今天所在的年份）", "the year (default: this year)"),
      },
      unit: { type: "string", arg: t("<单位目录>", "<unit dir>"), help: t("只要这个单位", "only this unit") },
      metrics: {
        type: "string",
        arg: t("file:<路径>", "file:<path>"),
        help: t(
          "利用率导出（CSV 或 JSON），按全年工作日平均",
          "a utilization export (CSV or JSON), averaged over the year's working days",
        ),
      },
      format: format("markdown | json | html | pdf", "markdown"),
      out: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t("写到文件（pdf 必须）", "write to a file (required for pdf)"),
      },
      root,
      lang,
      now,
      help,
    },
  },
  schedule: {
    summary: t(
      "需要关机的申请的实施日程：哪天实施、为什么（到期、等待、已延期、已实施）",
      "when applications that need a shutdown are applied, and why (due, waiting, postponed, done)",
    ),
    usage: t("[选项]", "[options]"),
    options: {
      now,
      window: {
        type: "string",
        arg: t("HH:MM-HH:MM", "HH:MM-HH:MM"),
        help: t(
          "实施窗口（北京时间，默认 00:00-06:00）",
          "the implementation window (Beijing time, default 00:00-06:00)",
        ),
      },
      format: format("text | json", "text"),
      lang,
      root,
      help,
    },
    notes: t(
      "退出码：0 正常，1 延期记录有问题，2 用法错误或内部故障。",
      "Exit codes: 0 fine, 1 a postponement record has problems, 2 usage error or internal failure.",
    ),
  },
  "saved-plan": {
    summary: t(
      "审批时保存的 Pulumi 计划：显示、核对 sha256、与实施前的新计划比对",
      "the Pulumi plan saved at approval: show it, verify its sha256, compare it with a fresh plan",
    ),
    usage: t("show|verify|compare [选项]", "show|verify|compare [options]"),
    positionals: true,
    options: {
      plan: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t("（show、verify）计划文件", "(show, verify) the plan file"),
      },
      sha256: {
        type: "string",
        arg: t("<十六进制>", "<hex>"),
        help: t("（verify）审批时记录的 sha256", "(verify) the sha256 recorded at approval"),
      },
      reviewed: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t("（compare）审批的计划", "(compare) the reviewed plan"),
      },
      current: {
        type: "string",
        arg: t("<文件>", "<file>"),
        help: t("（compare）实施前重新做出的计划", "(compare) the fresh plan made before applying"),
      },
      stack: { type: "string", arg: t("<stack>", "<stack>"), help: t("stack 名称", "the stack name") },
      artifact: {
        type: "string",
        arg: t("<名称>", "<name>"),
        help: t("（show）工作流产物的名称", "(show) the workflow artifact's name"),
      },
      run: {
        type: "string",
        arg: t("<运行号>", "<run id>"),
        help: t("（show）保存计划的工作流运行", "(show) the workflow run that saved the plan"),
      },
      format: format("markdown | text | json", "markdown"),
      lang,
      help,
    },
    subcommands: {
      show: {
        summary: t(
          "阶段评论中的审批计划一节：sha256 与要做的改动",
          "the reviewed-plan part of the stage comment: sha256 and changes",
        ),
        usage: t(
          "--plan <文件> --stack <stack> [--artifact <名称>] [--run <运行号>] [--format markdown|json]",
          "--plan <file> --stack <stack> [--artifact <name>] [--run <run id>] [--format markdown|json]",
        ),
      },
      verify: {
        summary: t(
          "计划文件是否就是审批的那份（退出码 0 是，1 不是）",
          "whether the plan file is the reviewed one (exit 0 yes, 1 no)",
        ),
        usage: t("--plan <文件> --sha256 <十六进制>", "--plan <file> --sha256 <hex>"),
      },
      compare: {
        summary: t(
          "审批的计划是否仍然适用（退出码 0 适用，1 不再适用，2 故障）",
          "whether the reviewed plan still applies (exit 0 yes, 1 no, 2 failure)",
        ),
        usage: t(
          "--reviewed <文件> --current <文件> --stack <stack> [--format text|markdown|json]",
          "--reviewed <file> --current <file> --stack <stack> [--format text|markdown|json]",
        ),
      },
    },
  },
} as const satisfies Record<string, CommandDef>;

export type CommandName = keyof typeof commands;

/** parseArgs 的选项：取自命令表（多出的 arg、help 字段 parseArgs 不看）。 */
export const commandOptions = <N extends CommandName>(name: N): (typeof commands)[N]["options"] =>
  commands[name].options;

export const isCommandName = (name: string): name is CommandName => Object.hasOwn(commands, name);

/** 参数中（-- 之前）有 --help 或 -h。 */
export function asksForHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === "--") return false;
    if (a === "--help" || a === "-h") return true;
  }
  return false;
}

const pad = (s: string, width: number) => {
  // 中文字符占两列
  const w = [...s].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
  return w >= width ? `${s}  ` : s + " ".repeat(width - w);
};

function optionLines(options: Readonly<Record<string, OptionDef>>, lang: Lang): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.arg ? ` ${o.arg[lang]}` : ""}`;
    return `  ${pad(flag, 30)}${o.help[lang]}`;
  });
}

/** 一个命令（或子命令）的 --help。 */
export function commandHelp(name: CommandName, lang: Lang, sub?: string): string {
  const def: CommandDef = commands[name];
  const head = lang === "zh" ? "用法：" : "Usage: ";
  const lines: string[] = [];
  const subDef = sub === undefined ? undefined : def.subcommands?.[sub];
  if (subDef) {
    lines.push(`${head}govcloud ${name} ${sub} ${subDef.usage[lang]}`, "", subDef.summary[lang]);
  } else {
    lines.push(`${head}govcloud ${name} ${def.usage[lang]}`, "", def.summary[lang]);
    if (def.subcommands) {
      lines.push("", lang === "zh" ? "子命令：" : "Subcommands:");
      for (const [s, d] of Object.entries(def.subcommands))
        lines.push(`  ${name} ${s} ${d.usage[lang]}`, `      ${d.summary[lang]}`);
    }
  }
  lines.push("", lang === "zh" ? "选项：" : "Options:", ...optionLines(def.options, lang));
  if (def.notes) lines.push("", def.notes[lang]);
  return `${lines.join("\n")}\n`;
}

/** 总帮助：每个命令一行。 */
export function topHelp(lang: Lang): string {
  const lines = [
    lang === "zh" ? "用法：govcloud <命令> [选项]" : "Usage: govcloud <command> [options]",
    "",
    lang === "zh" ? "命令：" : "Commands:",
    ...Object.entries(commands).map(([name, d]) => `  ${pad(name, 12)}${d.summary[lang]}`),
    `  ${pad("help", 12)}${lang === "zh" ? "显示本帮助；help <命令> 显示该命令的帮助" : "show this help; help <command> for a command's help"}`,
    "",
    lang === "zh"
      ? "每个命令都接受 --help（-h）。--lang en 输出英文。"
      : "Every command answers --help (-h). --lang en for English.",
    exitCodes[lang],
  ];
  return `${lines.join("\n")}\n`;
}
