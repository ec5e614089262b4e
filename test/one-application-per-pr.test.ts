import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { fixtureRepo, TODAY } from "./helpers/repo.ts";

/** 一个拉取请求一份申请（附件5 注2）：validate --changed-from 看的是整个改动。 */
describe("one application per pull request, through validate --changed-from", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const ruleFindings = async () => {
    const r = await runCli(["validate", "--changed-from", "main", "--format", "json", "--now", TODAY], {
      cwd: root,
    });
    const { findings } = JSON.parse(r.stdout) as { findings: { rule: string; file: string }[] };
    return findings.filter((f) => f.rule === "shenzhen/one-application-per-pr").map((f) => f.file);
  };
  const copy = (from: string, to: string, sequence: number) =>
    writeFileSync(
      join(root, to),
      readFileSync(join(root, from), "utf8").replace(/^sequence: \d+$/m, `sequence: ${sequence}`),
    );

  it("flags each application when a branch adds two", async () => {
    root = fixtureRepo({ git: true, prefix: "govcloud-one-app-" });
    copy(
      "requests/sz-edu/student-registry/0003-ports.yaml",
      "requests/sz-edu/student-registry/0004-ports.yaml",
      4,
    );
    copy(
      "requests/sz-edu/student-registry/0003-ports.yaml",
      "requests/sz-edu/student-registry/0005-ports.yaml",
      5,
    );
    expect(await ruleFindings()).toEqual([
      "requests/sz-edu/student-registry/0004-ports.yaml",
      "requests/sz-edu/student-registry/0005-ports.yaml",
    ]);
  });

  it("lets one application through with its system registration", async () => {
    root = fixtureRepo({ git: true, prefix: "govcloud-one-app-" });
    copy(
      "requests/sz-edu/student-registry/0003-ports.yaml",
      "requests/sz-edu/student-registry/0004-ports.yaml",
      4,
    );
    const system = join(root, "requests/sz-edu/student-registry/system.yaml");
    writeFileSync(system, `${readFileSync(system, "utf8")}# 改了一处登记\n`);
    expect(await ruleFindings()).toEqual([]);
  });
});
