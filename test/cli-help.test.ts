import { describe, expect, it } from "vitest";
import { commands } from "../scripts/cli/commands.ts";
import { runCli } from "./helpers/cli.ts";
import { repoRoot } from "./helpers/repo.ts";

/** 每个命令、子命令都回答 --help 与 -h（退出码 0），列出它实际接受的每个选项；总帮助列出每个命令。 */
const cli = (...argv: string[]) => runCli(argv, { cwd: repoRoot });

const cases = Object.entries(commands).flatMap(([name, def]) => [
  [name] as string[],
  ...Object.keys("subcommands" in def ? def.subcommands : {}).map((sub) => [name, sub]),
]);

describe("--help", () => {
  it.each(
    cases.flatMap((c) => [
      [...c, "--help"],
      [...c, "-h"],
    ]),
  )("govcloud %s %s %s", async (...argv) => {
    const r = await cli(...argv);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const name = argv[0] as keyof typeof commands;
    expect(r.stdout).toContain(`用法：govcloud ${argv.slice(0, -1).join(" ")} `);
    for (const option of Object.keys(commands[name].options)) expect(r.stdout).toContain(`--${option}`);
  });

  it("answers in English with --lang en", async () => {
    const r = await cli("validate", "--help", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: govcloud validate [paths…] [options]");
    expect(r.stdout).toContain("--changed-from <ref>");
  });

  it.each([["help"], ["--help"], ["-h"]])("the top-level %s lists every command on one line", async (arg) => {
    const r = await cli(arg);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    for (const name of Object.keys(commands))
      expect(
        lines.filter((l) => l.startsWith(`  ${name} `)),
        name,
      ).toHaveLength(1);
  });

  it("help <command> is that command's help", async () => {
    expect((await cli("help", "audit")).stdout).toBe((await cli("audit", "--help")).stdout);
  });

  it("without a command: the help on standard output, exit 2", async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("用法：govcloud <命令> [选项]");
  });

  it("after -- a --help is an argument, not a question", async () => {
    const r = await cli("validate", "--", "--help");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});

it("schemas says in one line that the schemas match the catalog", async () => {
  const r = await runCli(["schemas", "--check"], { cwd: repoRoot });
  expect(r.code).toBe(0);
  expect(r.stdout).toBe("schemas：8 个 schema 与服务目录一致。\n");
});
