import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { fixtureRepo, repoRoot } from "./helpers/repo.ts";

/**
 * README 与用户文档里的每一条 `npx govcloud …` 命令，在仓库示例和 docs/samples/ 的样例输入上照原样运行
 * （时钟固定为 2026-11-25）：退出码是 0 或 1（1 是命令报告了发现，不是用法错误），从不是 2。
 * 需要外部服务的命令（GitHub、Prometheus 服务、Pulumi、Chromium）列在下面，写明原因；其余都必须能运行。
 */
const documents = ["README.md", "docs/first-application.md", "docs/notify.md", "docs/drafts.md"];

const needsOutside: [RegExp, string][] = [
  [/ --pr \d/, "读 GitHub（GITHUB_TOKEN）"],
  [/--open-issues/, "写 GitHub issue"],
  [/prometheus:http/, "要一个运行中的 Prometheus（见 docs/samples/README.md 的本地做法）"],
  [/--to pdf/, "要 Chromium（scripts/setup/forms.sh）"],
  [/drift --stack/, "要 pulumi 与 stack（scripts/setup/pulumi.sh）"],
  [/checklist --comment/, "读 GitHub 评论"],
  [/deliver .*--(outputs|checklist)/, "要 pulumi stack output 或勾选的清单评论"],
  [/notify --from-audit \S+\s*$/, "真的发送提醒（--dry-run 的那条照样运行）"],
  [/pulumi state unprotect/, "发放流水线在 pulumi/ 目录中的一步，要 pulumi"],
];

/** 文档中 sh 代码块里的 govcloud 命令（去掉行尾注释，合并续行）。 */
function documentedCommands(markdown: string): string[] {
  const out: string[] = [];
  let inSh = false;
  let pending = "";
  for (const raw of markdown.split("\n")) {
    if (raw.startsWith("```")) {
      inSh = !inSh && /^```(sh|bash|shell)\s*$/.test(raw);
      continue;
    }
    if (!inSh) continue;
    const line = pending + raw.replace(/\s{2,}#.*$/, "").trim();
    if (line.endsWith("\\")) {
      pending = `${line.slice(0, -1).trim()} `;
      continue;
    }
    pending = "";
    if (/^(GOVCLOUD_NOW=\S+ )?npx govcloud /.test(line)) out.push(line);
  }
  return out;
}

const words = (line: string) =>
  [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");

/** 每篇文档一个新的示例仓库（git 提交过，origin/main 指向它），加上 docs/、examples/ 与不合规的示例。 */
function sampleRepo(): string {
  const root = fixtureRepo({ git: true, prefix: "govcloud-readme-" });
  cpSync(join(repoRoot, "docs"), join(root, "docs"), { recursive: true });
  cpSync(join(repoRoot, "govcloud.yaml"), join(root, "govcloud.yaml"));
  // 第二个规范的示例仓库（--root examples/huaibei）
  cpSync(join(repoRoot, "examples"), join(root, "examples"), { recursive: true });
  const failing = "test/fixtures/failing-examples";
  cpSync(join(repoRoot, failing), join(root, failing), { recursive: true });
  execFileSync("git", ["update-ref", "refs/remotes/origin/main", "HEAD"], { cwd: root });
  return root;
}

describe.each(documents)("%s", (document) => {
  const commands = documentedCommands(readFileSync(join(repoRoot, document), "utf8"));
  const runnable = commands.filter((c) => !needsOutside.some(([re]) => re.test(c)));
  let root = "";
  beforeAll(() => {
    root = sampleRepo();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("shows commands", () => {
    expect(commands.length).toBeGreaterThan(0);
  });

  it.each(runnable.map((c) => [c]))("%s", { timeout: 60_000 }, async (command) => {
    let argv = words(command);
    const env: Record<string, string> = { GOVCLOUD_NOW: "2026-11-25" };
    if (argv[0]?.startsWith("GOVCLOUD_NOW=")) env.GOVCLOUD_NOW = (argv.shift() as string).slice(13);
    argv = argv.slice(2); // npx govcloud
    const pipe = argv.indexOf("|");
    if (pipe >= 0) argv = argv.slice(0, pipe); // 管道后面是 jq 等，只运行 govcloud 这一段
    const redirect = argv.indexOf(">");
    const target = redirect >= 0 ? argv[redirect + 1] : undefined;
    if (redirect >= 0) argv = argv.slice(0, redirect);
    const r = await runCli(argv, { cwd: root, env });
    expect(r.stderr).not.toContain("内部故障");
    expect([0, 1], `${command}\n${r.stderr}`).toContain(r.code);
    if (target) writeFileSync(join(root, target), r.stdout);
  });
});

it("documentedCommands reads sh blocks only, with continuations and without comments", () => {
  expect(
    documentedCommands(
      "```sh\nnpx govcloud a --x 1   # note\nnpx govcloud b \\\n  --y 2\necho no\n```\n```\nnpx govcloud c\n```\n",
    ),
  ).toEqual(["npx govcloud a --x 1", "npx govcloud b --y 2"]);
});
