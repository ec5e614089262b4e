/**
 * 工作流的安全不变式（威胁模型见 SECURITY.md）：解析 .github/workflows/*.yml，逐条核对。
 * actionlint 查语法与表达式；这里查它不管的：谁能改工作流、令牌和密钥在哪里、PR 的代码会不会被运行。
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "./helpers/repo.ts";

type Json = Record<string, unknown>;
interface Step extends Json {
  name?: string;
  uses?: string;
  run?: string;
  with?: Json;
  env?: Json;
  "working-directory"?: string;
}
interface Job extends Json {
  permissions?: unknown;
  steps?: Step[];
  defaults?: { run?: { "working-directory"?: string } };
}

/** PR 能控制其工作流文件的触发方式：运行的是 PR 中（head 或合并提交里）的文件。 */
const prControlled = ["pull_request", "pull_request_review", "pull_request_review_comment"];
/** 运行默认分支上的文件、可以拿到可写令牌与密钥的触发方式。 */
const privilegedTriggers = ["pull_request_target", "workflow_run", "schedule", "issue_comment"];
/** 以 PR 的 head 为 ref 或仓库的检出：其中的文件是 PR 写的。 */
const prRef = /github\.event\.(pull_request|workflow_run)\.head|github\.head_ref|refs\/pull\//;
const pinned = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;

function triggers(workflow: Json): string[] {
  const on = workflow.on;
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys((on as Json | undefined) ?? {});
}

const hasWrite = (permissions: unknown): boolean =>
  permissions === "write-all" ||
  (typeof permissions === "object" &&
    permissions !== null &&
    Object.values(permissions).some((v) => v === "write"));

/** 对象中每个字符串值及其路径（如 jobs.up.steps.3.env.TOKEN）。 */
function* strings(value: unknown, path: string[] = []): Generator<[string[], string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* strings(v, [...path, String(i)]);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** 相对工作目录的路径，去掉开头的 ./ 与结尾的 /；工作目录本身为空串。 */
const stripDot = (p: string) => p.replace(/^\.\//, "").replace(/\/+$/, "").replace(/^\.$/, "");

/** 检出 PR 之后的一步是否进入或运行了 PR 的文件（只允许 `git -C <目录>` 读它的历史，和把路径作为数据交给 env）。 */
function runsFromPath(step: Step, job: Job, dir: string): string | undefined {
  const inside = (p: string | undefined) =>
    p !== undefined && (stripDot(p) === dir || stripDot(p).startsWith(`${dir}/`));
  if (inside(step["working-directory"]) || inside(job.defaults?.run?.["working-directory"]))
    return "在 PR 的检出中运行（working-directory）";
  if (step.uses?.startsWith("./") && inside(step.uses)) return "运行 PR 检出中的 action";
  if (step.run === undefined) return undefined;
  const word = escapeRegExp(dir);
  const script = step.run.replace(new RegExp(`\\bgit -C ["']?(\\./)?${word}["']?(?=\\s)`, "g"), "git");
  if (new RegExp(`(^|[\\s"'=(:;&|])(\\./)?${word}(/|(?![\\w.-]))`, "m").test(script))
    return `run 脚本引用了 PR 的检出 ${dir}（只允许 git -C ${dir}）`;
  return undefined;
}

/** 一个工作流违反的不变式（空列表即全部满足）。 */
function checkWorkflow(file: string, source: string): string[] {
  const problems: string[] = [];
  const workflow = parse(source) as Json;
  const jobs = (workflow.jobs ?? {}) as Record<string, Job>;
  const on = triggers(workflow);

  // 1. 每个 uses 钉在完整的提交 sha 上，并在注释中写明版本
  for (const [index, line] of source.split("\n").entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!m) continue;
    const [ref, rest] = [m[1] as string, m[2] as string];
    if (ref.startsWith("./")) continue;
    if (ref.startsWith("docker://")) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref))
        problems.push(`${file}:${index + 1} 容器 ${ref} 没有钉在摘要上`);
      continue;
    }
    if (!pinned.test(ref)) problems.push(`${file}:${index + 1} ${ref} 没有钉在 40 位提交 sha 上`);
    else if (!/^\s+#\s*v\d+(\.\d+)*\b/.test(rest))
      problems.push(`${file}:${index + 1} ${ref} 后面没有写版本注释（# vX.Y.Z）`);
  }

  // 2. 顶层权限显式给出，只读或为空；写权限按作业给
  if (!("permissions" in workflow)) problems.push(`${file} 没有顶层 permissions（默认令牌可能可写）`);
  else if (hasWrite(workflow.permissions)) problems.push(`${file} 顶层 permissions 有写权限`);

  // 3. 有特权的工作流不能由 PR 能改的触发方式运行
  const privileged =
    on.some((t) => privilegedTriggers.includes(t)) ||
    Object.values(jobs).some((j) => hasWrite(j.permissions) || "environment" in j) ||
    [...strings(workflow)].some(([, v]) => /\bsecrets\./.test(v));
  const badTriggers = on.filter((t) => prControlled.includes(t));
  if (privileged && badTriggers.length > 0)
    problems.push(
      `${file} 有特权（写权限、密钥、环境或默认分支的触发），却由 ${badTriggers.join("、")} 触发`,
    );

  // 4. 密钥只在步骤的 env / with 中
  for (const [path, value] of strings(workflow))
    if (
      /\bsecrets\./.test(value) &&
      !(path[0] === "jobs" && path[2] === "steps" && ["env", "with"].includes(path[4] ?? ""))
    )
      problems.push(`${file} ${path.join(".")} 用了密钥：密钥只能放在用它的步骤的 env 或 with 中`);

  for (const [jobName, job] of Object.entries(jobs)) {
    let prCheckout: string | undefined;
    for (const [i, step] of (job.steps ?? []).entries()) {
      const where = `${file} jobs.${jobName}.steps.${i}${step.name ? `（${step.name}）` : ""}`;
      // 5. 表达式不直接展开在脚本里：经 env 传入
      if (step.run?.includes("${{")) problems.push(`${where} 的 run 中展开了表达式：请经 env 传入`);
      if (typeof step.with?.script === "string" && step.with.script.includes("${{"))
        problems.push(`${where} 的 script 中展开了表达式：请经 env 传入`);
      // 6. 检出从不保存令牌
      if (step.uses?.startsWith("actions/checkout@")) {
        const persist = step.with?.["persist-credentials"];
        if (persist !== false && persist !== "false")
          problems.push(`${where} 检出没有 persist-credentials: false`);
        const isPr = prRef.test(`${step.with?.ref ?? ""} ${step.with?.repository ?? ""}`);
        if (isPr && on.some((t) => t === "pull_request_target" || t === "workflow_run")) {
          const path = stripDot(String(step.with?.path ?? ""));
          if (path === "") problems.push(`${where} 把 PR 的文件检出到工作目录根上：只能作为数据检出到子目录`);
          else prCheckout = path;
        }
      } else if (prCheckout) {
        // 7. PR 的文件只作数据：检出之后没有一步进入或运行它
        const why = runsFromPath(step, job, prCheckout);
        if (why) problems.push(`${where} ${why}`);
      }
      // 8. 有特权的工作流不用依赖缓存
      if (privileged && step.uses?.startsWith("actions/setup-node@")) {
        const cache = step.with?.cache;
        const auto = step.with?.["package-manager-cache"];
        if (cache !== undefined || (auto !== false && auto !== "false"))
          problems.push(`${where} 有特权的工作流用了依赖缓存（cache / package-manager-cache: false）`);
      }
    }
  }
  return problems;
}

const dir = join(repoRoot, ".github/workflows");
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const workflows = new Map(files.map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("工作流的安全不变式", () => {
  it.each(files)("%s", (file) => {
    expect(checkWorkflow(file, workflows.get(file) as string)).toEqual([]);
  });

  it("审查事件只触发无权限的信号工作流；stage 由 workflow_run 在默认分支上计算，并监听每个这样的信号", () => {
    const parsed = [...workflows].map(([file, text]) => ({ file, wf: parse(text) as Json }));
    const signals = parsed.filter(({ wf }) => triggers(wf).some((t) => prControlled.includes(t)));
    expect(signals.map((s) => s.file)).toEqual(["review-event.yml", "validate.yml"]);
    const stage = parsed.find((p) => p.file === "stage.yml")?.wf as Json;
    expect(triggers(stage).sort()).toEqual([
      "pull_request_target",
      "schedule",
      "workflow_dispatch",
      "workflow_run",
    ]);
    const listened = ((stage.on as Json).workflow_run as { workflows: string[] }).workflows;
    expect(listened.sort()).toEqual(signals.map((s) => String(s.wf.name)).sort());
    const review = signals.find((s) => s.file === "review-event.yml")?.wf as Json;
    expect(review.permissions).toEqual({});
    const steps = Object.values(review.jobs as Record<string, Job>).flatMap((j) => j.steps ?? []);
    expect(steps.every((s) => s.uses === undefined && !/\$\{\{|secrets/.test(JSON.stringify(s)))).toBe(true);
  });
});

/** 一个最小的工作流：触发方式、顶层权限与一个作业的步骤。 */
const wf = (on: string, steps: string, top = "permissions: {}", job = "") =>
  `name: t\non:\n${on}\n${top}\njobs:\n  j:\n    runs-on: ubuntu-latest\n${job}    steps:\n${steps}`;
const checkout = `      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false
`;
const prData = (
  path: string,
) => `      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: ${path}
          persist-credentials: false
`;

describe("检查器能发现每一种违反（坏工作流）", () => {
  it.each([
    [
      "钉在标签上",
      wf(
        "  push:",
        "      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n",
      ),
      "没有钉在 40 位提交 sha 上",
    ],
    [
      "缩短的 sha",
      wf(
        "  push:",
        "      - uses: actions/checkout@3d3c42e # v7.0.1\n        with:\n          persist-credentials: false\n",
      ),
      "没有钉在 40 位提交 sha 上",
    ],
    [
      "没有版本注释",
      wf(
        "  push:",
        "      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1\n        with:\n          persist-credentials: false\n",
      ),
      "没有写版本注释",
    ],
    [
      "检出保存了令牌",
      wf("  push:", "      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n"),
      "没有 persist-credentials: false",
    ],
    ["没有顶层权限", wf("  push:", checkout, ""), "没有顶层 permissions"],
    ["顶层 write-all", wf("  push:", checkout, "permissions: write-all"), "顶层 permissions 有写权限"],
    ["顶层写内容", wf("  push:", checkout, "permissions:\n  contents: write"), "顶层 permissions 有写权限"],
    [
      "pull_request_review 触发、作业有写权限（今天的 stage.yml）",
      wf("  pull_request_review:", checkout, "permissions: {}", "    permissions:\n      statuses: write\n"),
      "却由 pull_request_review 触发",
    ],
    [
      "pull_request 触发、步骤用了密钥",
      wf(
        "  pull_request:",
        `${checkout}      - run: echo "$T"\n        env:\n          T: \${{ secrets.GOVCLOUD_STAGE_TOKEN }}\n`,
      ),
      "却由 pull_request 触发",
    ],
    [
      "pull_request 与 schedule 同在一个文件",
      wf("  pull_request:\n  schedule:\n    - cron: '0 1 * * *'", checkout),
      "却由 pull_request 触发",
    ],
    [
      "密钥放在作业的 env",
      wf("  push:", checkout, "permissions: {}", `    env:\n      T: \${{ secrets.X }}\n`),
      "jobs.j.env.T 用了密钥",
    ],
    [
      "run 中展开 github.event",
      wf("  push:", `${checkout}      - run: echo "\${{ github.event.head_commit.message }}"\n`),
      "run 中展开了表达式",
    ],
    [
      "run 中展开 github.head_ref",
      wf("  push:", `${checkout}      - run: git checkout \${{ github.head_ref }}\n`),
      "run 中展开了表达式",
    ],
    [
      "pull_request_target 把 PR 检出到根目录",
      wf("  pull_request_target:", prData(".")),
      "检出到工作目录根上",
    ],
    [
      "workflow_run 检出 PR 的 head 到根目录",
      wf(
        "  workflow_run:\n    workflows: [x]\n    types: [completed]",
        `      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n        with:\n          ref: \${{ github.event.workflow_run.head_sha }}\n          persist-credentials: false\n      - run: npm ci\n`,
      ),
      "只能作为数据检出到子目录",
    ],
    [
      "在 PR 的检出中运行 npm ci（working-directory）",
      wf(
        "  pull_request_target:",
        `${checkout}${prData("pr")}      - run: npm ci\n        working-directory: pr\n`,
      ),
      "在 PR 的检出中运行（working-directory）",
    ],
    [
      "cd 进 PR 的检出",
      wf("  pull_request_target:", `${checkout}${prData("pr")}      - run: cd pr && npx govcloud validate\n`),
      "run 脚本引用了 PR 的检出 pr",
    ],
    [
      "运行 PR 中的脚本",
      wf("  pull_request_target:", `${checkout}${prData("pr")}      - run: bash pr/scripts/build.sh\n`),
      "run 脚本引用了 PR 的检出 pr",
    ],
    [
      "npm --prefix 指向 PR 的检出",
      wf("  pull_request_target:", `${checkout}${prData("./pr")}      - run: npm ci --prefix ./pr\n`),
      "run 脚本引用了 PR 的检出 pr",
    ],
    [
      "运行 PR 检出中的 action",
      wf("  pull_request_target:", `${checkout}${prData("pr")}      - uses: ./pr/.github/actions/x\n`),
      "运行 PR 检出中的 action",
    ],
    [
      "有特权的工作流用依赖缓存",
      wf(
        "  schedule:\n    - cron: '0 1 * * *'",
        `${checkout}      - uses: actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38 # v6.5.0\n        with:\n          cache: npm\n`,
      ),
      "用了依赖缓存",
    ],
  ])("%s", (_name, source, expected) => {
    const problems = checkWorkflow("bad.yml", source);
    expect(
      problems.some((p) => p.includes(expected)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("允许的：PR 的文件作为数据检出到 pr/，只用 git -C pr 读历史，路径经 env 交给默认分支的代码", () => {
    const source = wf(
      "  pull_request_target:",
      `${checkout}${prData("pr")}      - run: git -C pr fetch --no-tags origin main
      - run: npm ci
      - run: npx danger ci
        env:
          GOVCLOUD_PR_ROOT: pr
          BASE: \${{ github.event.pull_request.base.ref }}
          TOKEN: \${{ secrets.X }}
`,
      "permissions: {}",
      "    permissions:\n      pull-requests: write\n",
    );
    expect(checkWorkflow("ok.yml", source)).toEqual([]);
  });
});

describe("草稿 PR 与通知的作业（issue 18 第5、6项）", () => {
  const load = (file: string) => parse(workflows.get(file) as string) as { jobs: Record<string, Job> };
  /** 作业中用到 secrets. 的步骤名 */
  const stepsWithSecrets = (job: Job) =>
    (job.steps ?? []).filter((s) => /\bsecrets\./.test(JSON.stringify(s))).map((s) => s.name);
  const secretNames = (job: Job) =>
    [...JSON.stringify(job).matchAll(/secrets\.([A-Z0-9_]+)/g)].map((m) => m[1]).sort();

  it("audit.yml drafts：只有 contents 与 PR 写，检出默认分支，令牌只在 govcloud drafts 那一步", () => {
    const job = load("audit.yml").jobs.drafts as Job;
    expect(job.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    expect(job.steps?.[0]?.with?.ref).toMatch(/github\.event\.repository\.default_branch/);
    expect(stepsWithSecrets(job)).toEqual(["govcloud drafts"]);
  });

  it.each([
    ["audit.yml", "notify", "govcloud notify"],
    ["provision.yml", "notify-delivery", "govcloud notify --deliveries"],
  ])("%s %s：只读，SMTP 与机器人的密钥按名字只给发送那一步", (file, name, step) => {
    const job = load(file).jobs[name] as Job;
    expect(job.permissions).toEqual({ contents: "read" });
    expect(job.environment).toBe("govcloud-notify");
    expect(stepsWithSecrets(job)).toEqual([step]);
    expect(secretNames(job)).toEqual([
      "GOVCLOUD_NOTIFY_SECRETS",
      "GOVCLOUD_SMTP_PASSWORD",
      "GOVCLOUD_SMTP_USER",
    ]);
    // 脚本不打印环境变量
    const run = (job.steps ?? []).find((s) => s.name === step)?.run ?? "";
    expect(run).not.toMatch(/\b(env|printenv|set -x)\b|echo "\$GOVCLOUD/);
  });

  it("provision.yml drift-issues：写 issue 与机器人的分支、草稿 PR，检出默认分支，令牌只在 govcloud drafts 那一步", () => {
    const job = load("provision.yml").jobs["drift-issues"] as Job;
    expect(job.permissions).toEqual({ contents: "write", "pull-requests": "write", issues: "write" });
    expect(job.environment).toBe("govcloud-bot");
    expect(job.steps?.[0]?.with?.ref).toMatch(/github\.event\.repository\.default_branch/);
    expect(stepsWithSecrets(job)).toEqual(["govcloud drafts --drift"]);
    expect(secretNames(job)).toEqual(["GOVCLOUD_DRAFTS_TOKEN"]);
    expect((job.steps ?? []).filter((s) => s.env?.GITHUB_TOKEN).map((s) => s.name)).toEqual([
      "govcloud drafts --drift",
    ]);
  });
});
