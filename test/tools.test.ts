import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findOnPath } from "../scripts/adapters/tools.ts";
import { runCli } from "./helpers/cli.ts";
import { examplesRepo, repoRoot } from "./helpers/repo.ts";

/** 要外部工具的命令先找工具，找不到时说装什么、怎么装，退出码 2。 */
const bin = mkdtempSync(join(tmpdir(), "govcloud-tools-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe("findOnPath", () => {
  it("finds an executable file and skips what is not one", () => {
    writeFileSync(join(bin, "tool-x"), "#!/bin/sh\n");
    chmodSync(join(bin, "tool-x"), 0o755);
    writeFileSync(join(bin, "plain"), "");
    expect(findOnPath("tool-x", { PATH: `/nonexistent:${bin}` })).toBe(join(bin, "tool-x"));
    expect(findOnPath("plain", { PATH: bin })).toBeUndefined();
    expect(findOnPath("tool-x", {})).toBeUndefined();
  });
});

it("drift --stack without pulumi says how to install it, exit 2", async () => {
  const r = await runCli(["drift", "--stack", "sz-edu.student-registry"], {
    cwd: examplesRepo(),
    env: { PATH: bin },
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    'govcloud drift: 找不到 pulumi（PATH 上没有）：drift --stack（运行 pulumi preview）需要它。请运行 PATH="$(bash scripts/setup/pulumi.sh | tail -n1):$PATH" 构建 Pulumi CLI 并放进 PATH（见 docs/engineering.md），再运行一次。\n',
  );
});

it("scripts/provision/up.sh without pulumi says how to install it, exit 2", () => {
  const path = mkdtempSync(join(tmpdir(), "govcloud-up-path-"));
  try {
    for (const tool of ["dirname", "jq"]) {
      const found = findOnPath(tool);
      if (found) symlinkSync(found, join(path, tool));
    }
    symlinkSync(process.execPath, join(path, "node"));
    const r = spawnSync("/bin/bash", [join(repoRoot, "scripts/provision/up.sh"), "sz-edu/student-registry"], {
      encoding: "utf8",
      env: { PATH: path, HOME: path },
    });
    expect(r.status).toBe(2);
    const missing = findOnPath("jq") ? "pulumi" : "jq";
    expect(r.stderr).toContain(`up.sh：找不到 ${missing}（PATH 上没有）。`);
    if (missing === "pulumi") expect(r.stderr).toContain("scripts/setup/pulumi.sh");
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
});
