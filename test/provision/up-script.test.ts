import { execFile } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureRepo, repoRoot } from "../helpers/repo.ts";

/**
 * scripts/provision/up.sh --plan 的判断（真实引擎的两种情形在端到端测试中：test/e2e/provision.e2e.ts）。
 * 这里 PATH 上是一个假的 pulumi：记下每次调用，preview --save-plan 写出给定的计划，up 输出给定的文字与退出码。
 * 覆盖端到端测试不易造出的一种：比对时还一致，pulumi up --plan 过程中引擎才拒绝（比对之后状态又变了）。
 */
const reviewedText = readFileSync(new URL("./fixtures/saved-plan/change-db-1.json", import.meta.url), "utf8");
const stack = "sz-edu.student-registry";
const dir = fixtureRepo({ prefix: "govcloud-up-script-" });
for (const d of ["scripts", "schemas"]) cpSync(join(repoRoot, d), join(dir, d), { recursive: true });
for (const f of ["package.json", "tsconfig.json"]) cpSync(join(repoRoot, f), join(dir, f));
symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
const bin = join(dir, "fake-bin");
mkdirSync(bin);
writeFileSync(
  join(bin, "pulumi"),
  `#!/usr/bin/env bash
echo "$*" >> "$FAKE_LOG"
case "$1" in
  preview) while [ $# -gt 0 ]; do if [ "$1" = --save-plan ]; then cp "$FAKE_CURRENT" "$2"; fi; shift; done ;;
  up) cat "$FAKE_UP_OUT"; exit "$FAKE_UP_CODE" ;;
  stack) if [ "$2" = output ]; then echo '{}'; fi ;;
esac
exit 0
`,
);
chmodSync(join(bin, "pulumi"), 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (text: string) =>
  new Promise<string>((done) =>
    execFile("sha256sum", [], (_, out) => done(out.slice(0, 64))).stdin?.end(text),
  );

function upSh(args: string[], fake: { current: string; upOut?: string; upCode?: number }, name: string) {
  const work = join(dir, name);
  mkdirSync(work);
  writeFileSync(join(work, "reviewed.json"), reviewedText);
  writeFileSync(join(work, "current.json"), fake.current);
  writeFileSync(join(work, "up.txt"), fake.upOut ?? "");
  const env = {
    PATH: `${bin}:${process.env.PATH ?? ""}`,
    HOME: process.env.HOME ?? "",
    FAKE_LOG: join(work, "calls.log"),
    FAKE_CURRENT: join(work, "current.json"),
    FAKE_UP_OUT: join(work, "up.txt"),
    FAKE_UP_CODE: String(fake.upCode ?? 0),
    GOVCLOUD_OUT: join(work, "out"),
  };
  return new Promise<{
    code: number;
    stderr: string;
    calls: string[];
    refusal: string | undefined;
    work: string;
  }>((done) =>
    execFile(
      "bash",
      [
        join(dir, "scripts/provision/up.sh"),
        ...args.map((a) => a.replace("{work}", work)),
        "sz-edu/student-registry",
      ],
      { cwd: dir, env, encoding: "utf8", timeout: 120_000 },
      (error, _stdout, stderr) => {
        const log = join(work, "calls.log");
        const refusal = join(work, "out/refusals", `${stack}.md`);
        done({
          code: error ? (typeof error.code === "number" ? error.code : 124) : 0,
          stderr,
          calls: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [],
          refusal: existsSync(refusal) ? readFileSync(refusal, "utf8") : undefined,
          work,
        });
      },
    ),
  );
}

describe("scripts/provision/up.sh --plan", { timeout: 180_000 }, () => {
  it("计划文件的 sha256 不符：退出码 3，pulumi 一次也没有运行", async () => {
    const r = await upSh(
      ["--plan", "{work}/reviewed.json", "--sha256", "0".repeat(64)],
      { current: reviewedText },
      "hash",
    );
    expect(r.code, r.stderr).toBe(3);
    expect(r.calls).toEqual([]);
    expect(r.refusal).toContain("这不是审批的那份计划，不实施。");
  });

  it("重新做出的计划不同：退出码 4，pulumi up 没有运行，原因写给 PR", async () => {
    const moved = reviewedText.replace('"flavorName":"c8m16"', '"flavorName":"c16m32"');
    const r = await upSh(
      ["--plan", "{work}/reviewed.json", "--sha256", await sha256(reviewedText)],
      { current: moved },
      "moved",
    );
    expect(r.code, r.stderr).toBe(4);
    expect(r.calls.some((c) => c.startsWith("up "))).toBe(false);
    expect(r.stderr).toContain(`${stack}：审批的计划不再适用（状态或程序在审批之后变了），一处也没有改动。`);
    expect(r.refusal).toContain("- db-1（openstack&#58;compute/instance&#58;Instance）");
  });

  it("比对一致、引擎在 up 中拒绝：退出码 4，说明之前的资源可能已改，列出引擎的原因", async () => {
    const r = await upSh(
      ["--plan", "{work}/reviewed.json", "--sha256", await sha256(reviewedText)],
      {
        current: reviewedText,
        upOut:
          "    openstack:compute:Instance (web-2):\n    error: resource urn:pulumi:sz-edu.student-registry::govcloud::openstack:compute/instance:Instance::web-2 violates plan: properties changed: =~flavorName[{c2m4}]\n",
        upCode: 255,
      },
      "engine",
    );
    expect(r.code, r.stderr).toBe(4);
    expect(r.calls.find((c) => c.startsWith("up "))).toMatch(/--refresh .*--plan .*reviewed\.json/);
    expect(r.stderr).toContain(
      "审批的计划在实施过程中不再适用（比对之后状态或程序又变了），pulumi 停在违反计划的资源上；之前符合计划的资源可能已经改了。",
    );
    expect(r.stderr).toContain(
      "  - error: resource urn:pulumi:sz-edu.student-registry::govcloud::openstack:compute/instance:Instance::web-2 violates plan",
    );
    expect(r.refusal).toContain("详情见工作流日志");
  });

  it("一致：pulumi up --refresh --plan，退出码 0（sha256 默认读 <计划>.sha256）", async () => {
    const work = join(dir, "ok-pre");
    mkdirSync(work);
    writeFileSync(join(work, "p.json"), reviewedText);
    writeFileSync(join(work, "p.json.sha256"), `${await sha256(reviewedText)}  p.json\n`);
    const r = await upSh(["--plan", join(work, "p.json")], { current: reviewedText }, "ok");
    expect(r.code, r.stderr).toBe(0);
    expect(r.calls.filter((c) => /^(preview|up) /.test(c)).map((c) => c.split(" ")[0])).toEqual([
      "preview",
      "up",
    ]);
  });
});
