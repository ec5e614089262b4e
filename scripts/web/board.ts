/**
 * 状态看板的快照（网站的 snapshot/board.json）：每个打开的 PR 在审查流程中的阶段、等谁、工作日时限。
 * 阶段就是 `govcloud stage --pr N --format json` 算出的那一份（同一个阶段机、同一个时钟），
 * 这里只是对每个打开的 PR 各算一次，加上标题、链接与改动的系统，逾期的排在前面。
 *
 *   GITHUB_TOKEN=… GITHUB_REPOSITORY=所有者/仓库 [GITHUB_API_URL=…] \
 *   node --import tsx scripts/web/board.ts [--root <基础分支的检出>] [--now <时间>] [--out board.json]
 *
 * 阶段与审计的工作流把它写进网站的 snapshot/ 后发布（见 docs/web.md）。
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createOctokit, parseRepo } from "../adapters/github.ts";
import { cliClock } from "../cli/clock.ts";
import type { Io } from "../cli/options.ts";
import { checkedRepositoryProfile } from "../cli/repository-profile.ts";
import { runStage } from "../cli/stage.ts";
import { type BoardPull, boardSnapshot, systemsOf } from "../core/review/board.ts";
import type { StageResult } from "../core/review/types.ts";

// 看板的数据形状与排序在纯核心里（网站登录后在浏览器里用同样的函数重算）
export {
  type BoardPull,
  type BoardSnapshot,
  boardSnapshot,
  sortBoard,
  systemsOf,
} from "../core/review/board.ts";

/** 用到的环境变量：GITHUB_TOKEN、GITHUB_REPOSITORY、GITHUB_API_URL、GOVCLOUD_NOW */
type Env = Record<string, string | undefined>;

/** 读 GitHub 上打开的 PR，各算一次阶段，写出快照。返回退出码（0 成功，2 设置或 GitHub 的故障）。 */
export async function runBoard(
  argv: string[],
  io: Io,
  env: Env,
  options: { now?: () => Date; noWait?: boolean } = {},
): Promise<number> {
  const { now, noWait } = options;
  const { values } = parseArgs({
    args: argv,
    options: { root: { type: "string", default: "." }, now: { type: "string" }, out: { type: "string" } },
  });
  const repo = parseRepo(env.GITHUB_REPOSITORY ?? "");
  if (!repo || !env.GITHUB_TOKEN) {
    io.stderr("govcloud board: 需要环境变量 GITHUB_TOKEN 与 GITHUB_REPOSITORY（形如 owner/repo）。\n");
    return 2;
  }
  const clock = cliClock(values.now, now ? { env, now } : { env });
  const root = resolve(io.cwd, values.root);
  const octokit = createOctokit({
    token: env.GITHUB_TOKEN,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    userAgent: "govcloud-board",
    ...(noWait ? { noWait: true } : {}),
  });
  const open = await octokit.paginate(octokit.rest.pulls.list, {
    owner: repo.owner,
    repo: repo.repo,
    state: "open",
    per_page: 100,
  });
  const pulls: BoardPull[] = [];
  for (const pull of open) {
    let stdout = "";
    let stderr = "";
    const code = await runStage(
      ["--pr", String(pull.number), "--format", "json", "--root", root, "--now", clock.instant],
      {
        ...io,
        stdout: (s) => {
          stdout += s;
        },
        stderr: (s) => {
          stderr += s;
        },
      },
      { env: { ...env }, ...(noWait ? { noWait } : {}) },
    );
    if (code !== 0) {
      io.stderr(`govcloud board: PR #${pull.number}：${stderr.trim()}\n`);
      return 2;
    }
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: pull.number,
      per_page: 100,
    });
    pulls.push({
      number: pull.number,
      title: pull.title,
      url: pull.html_url,
      systems: systemsOf(
        files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]),
      ),
      result: JSON.parse(stdout) as StageResult,
    });
  }
  const snapshot = boardSnapshot(clock.instant, checkedRepositoryProfile(root), pulls);
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (values.out) writeFileSync(resolve(io.cwd, values.out), text);
  else io.stdout(text);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const io: Io = {
    stdout: (s) => {
      process.stdout.write(s);
    },
    stderr: (s) => {
      process.stderr.write(s);
    },
    cwd: process.cwd(),
    colorDefault: false,
  };
  process.exitCode = await runBoard(process.argv.slice(2), io, process.env as Env);
}
