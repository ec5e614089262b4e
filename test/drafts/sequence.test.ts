/** 草稿的序号：同一系统的几份草稿各取一个，按主题的键排序；机器人其他 PR 占着的让出；自己的保留。 */
import { describe, expect, it } from "vitest";
import { numberDrafts } from "../../scripts/core/drafts/sequence.ts";
import { type DraftSubject, draftDigest } from "../../scripts/core/drafts/subjects.ts";

const DIR = "requests/sz-edu/student-registry";

function subject(key: string, sequence: number, type = "change"): DraftSubject {
  const file = `${DIR}/${String(sequence).padStart(4, "0")}-${type}.yaml`;
  const yaml = `kind: application\nsequence: ${sequence}\ntype: ${type}\n`;
  return {
    key,
    branch: `govcloud-bot/${key}`,
    check: key.split("/")[0] as string,
    unit: "sz-edu",
    system: "student-registry",
    file,
    type,
    yaml,
    digest: draftDigest(file, yaml),
    findings: [],
    confirm: [`序号 ${sequence} 接在主分支上本系统的申请之后`, "其他事项 4"],
  };
}

const summary = (subjects: DraftSubject[]) =>
  subjects.map((s) => [s.key, s.file, /sequence: (\d+)/.exec(s.yaml)?.[1]]);

describe("numberDrafts", () => {
  it("gives drafts of one system distinct sequences in key order, rewriting file, yaml, note and digest", () => {
    const out = numberDrafts(
      [
        subject("low-load/sz-edu/student-registry", 4),
        subject("drift/sz-edu/student-registry", 4),
        subject("test-expired/sz-edu/student-registry", 4, "revoke"),
      ],
      [],
    );
    expect(summary(out)).toEqual([
      ["drift/sz-edu/student-registry", `${DIR}/0004-change.yaml`, "4"],
      ["low-load/sz-edu/student-registry", `${DIR}/0005-change.yaml`, "5"],
      ["test-expired/sz-edu/student-registry", `${DIR}/0006-revoke.yaml`, "6"],
    ]);
    const moved = out[2] as DraftSubject;
    expect(moved.confirm).toEqual(["序号 6 接在主分支上本系统的申请之后", "其他事项 4"]);
    expect(moved.digest).toBe(draftDigest(moved.file, moved.yaml));
    expect(out[0]).toEqual(subject("drift/sz-edu/student-registry", 4));
  });

  it("yields a number held by another open bot PR of the same system; keeps its own; other systems do not count", () => {
    const held = [
      { key: "low-load/sz-edu/student-registry", file: `${DIR}/0004-change.yaml` },
      { key: "drift/sz-edu/other", file: "requests/sz-edu/other/0005-change.yaml" },
    ];
    const out = numberDrafts(
      [subject("drift/sz-edu/student-registry", 4), subject("low-load/sz-edu/student-registry", 4)],
      held,
    );
    expect(summary(out)).toEqual([
      ["drift/sz-edu/student-registry", `${DIR}/0005-change.yaml`, "5"],
      ["low-load/sz-edu/student-registry", `${DIR}/0004-change.yaml`, "4"],
    ]);
    // 下一夜：两份 PR 都在，号不变
    const next = numberDrafts(
      [subject("drift/sz-edu/student-registry", 4), subject("low-load/sz-edu/student-registry", 4)],
      [...held, { key: "drift/sz-edu/student-registry", file: `${DIR}/0005-change.yaml` }],
    );
    expect(summary(next)).toEqual(summary(out));
  });
});
