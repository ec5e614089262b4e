import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplesRoot, repoRoot } from "./helpers/repo.ts";

/** `danger local` 真的运行 dangerfile：在一个临时仓库里提交一份有问题的变更申请。 */
let dir: string;
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", ...args], {
    cwd: dir,
    encoding: "utf8",
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govcloud-danger-"));
  cpSync(join(examplesRoot, "requests"), join(dir, "requests"), { recursive: true });
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-qm", "examples");
  git("checkout", "-q", "-b", "change");
  const file = join(dir, "requests/sz-edu/student-registry/0004-change.yaml");
  writeFileSync(
    file,
    readFileSync(join(examplesRoot, "requests/sz-edu/student-registry/0002-change.yaml"), "utf8")
      .replace("sequence: 2", "sequence: 4")
      .replace("date: 2026-11-16", "date: 2026-11-23")
      .replace("window: { from: 2026-11-09, to: 2026-11-13 }", "window: { from: 2026-11-16, to: 2026-11-20 }")
      .replace(/vcpu: 8\n/, "vcpu: 12\n")
      .replace(/memoryGB: 16\n/, "memoryGB: 24\n")
      .replace(
        "vcpu: 12\n      memoryGB: 24\n      systemDisk: { sizeGB: 100, tier: sas }\n      dataDisks:\n        - { sizeGB: 200, tier: sas }\n    utilization",
        "vcpu: 16\n      memoryGB: 32\n      systemDisk: { sizeGB: 100, tier: sas }\n      dataDisks:\n        - { sizeGB: 200, tier: sas }\n    utilization",
      )
      .replace("cpu: { average: 46, peak: 91 }", "cpu: { average: 6, peak: 52 }"),
  );
  git("add", ".");
  git("commit", "-qm", "scale up app");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dangerfile", () => {
  it("danger local reports the finding with its article, the summary and the change table", () => {
    const r = spawnSync(
      process.execPath,
      [
        join(repoRoot, "node_modules/danger/distribution/commands/danger-local.js"),
        "--base",
        "main",
        "--dangerfile",
        join(repoRoot, "scripts/danger/dangerfile.ts"),
      ],
      {
        cwd: dir,
        encoding: "utf8",
        env: {
          ...process.env,
          GOVCLOUD_CLI: join(repoRoot, "scripts/bin/govcloud.js"),
          GOVCLOUD_BASE_REF: "main",
          CI: "",
        },
        timeout: 120_000,
      },
    );
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out).toContain(
      "〔第19条(2)1〕vCPU 扩容的条件是近 5 个工作日平均利用率不低于 10% 或峰值不低于 80%",
    );
    expect(out).toContain("变更云主机 app（2 台）：vCPU 12→16 核，内存 24→32 GB，需关机（2026-12-05）");
    expect(out).toContain(
      "| `student-registry/0004-change.yaml` | app | 云主机 | 2 × 12核24GB，系统盘 100GB 高IO，数据盘 200GB 高IO | 2 × 16核32GB，系统盘 100GB 高IO，数据盘 200GB 高IO |",
    );
    expect(out).toContain("深圳市政务云服务申请表");
  });
});
