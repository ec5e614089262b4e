// Danger 文件：`danger ci --dangerfile scripts/danger/dangerfile.ts`（拉取请求上），
// `danger local --base main --dangerfile scripts/danger/dangerfile.ts`（提交前在本地）。
// 这里只做搬运：报告由 `govcloud report` 计算（纯函数，另有测试），阶段由 `govcloud stage` 计算。
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { danger, fail, markdown, warn } from "danger";
import { inlineText } from "../core/markup.ts";

const cli = process.env.GOVCLOUD_CLI ?? join(process.cwd(), "scripts", "bin", "govcloud.js");
// 命令的错误输出可能引用提交者写的文件名或文字：按文字显示，过长时截断
const said = (stderr: string) =>
  inlineText(stderr.trim().length > 2000 ? `${stderr.trim().slice(0, 1999)}…` : stderr.trim());
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

// 申请数据所在的目录：工作流把 PR 的文件作为数据检出到 GOVCLOUD_PR_ROOT，代码始终来自基础分支
const root = process.env.GOVCLOUD_PR_ROOT ?? ".";
const pr = danger.github?.pr;
const base = process.env.GOVCLOUD_BASE_REF ?? (pr ? `origin/${pr.base.ref}` : "main");

const dir = mkdtempSync(join(tmpdir(), "govcloud-danger-"));
try {
  const args = ["report", "--changed-from", base, "--format", "json", "--root", root];
  if (pr && process.env.GITHUB_TOKEN) {
    const stage = run(["stage", "--pr", String(pr.number), "--format", "markdown", "--root", "."]);
    if (stage.status === 0) {
      writeFileSync(join(dir, "stage.md"), stage.stdout);
      args.push("--stage", join(dir, "stage.md"));
    } else warn(`审查阶段暂时读不到：${said(stage.stderr)}`);
  }
  const result = run(args);
  if (result.status !== 0 && result.status !== 1) {
    fail(`govcloud report 运行失败（退出码 ${result.status}）：${said(result.stderr)}`);
  } else {
    const report = JSON.parse(result.stdout) as {
      // 消息已在 govcloud report 中转义（Markdown）；file、line 只在普通路径时给出
      fails: { message: string; file?: string; line?: number }[];
      warnings: { message: string; file?: string; line?: number }[];
      markdown: string;
    };
    for (const f of report.fails) fail(f.message, f.file, f.line);
    for (const w of report.warnings) warn(w.message, w.file, w.line);
    markdown(report.markdown);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
