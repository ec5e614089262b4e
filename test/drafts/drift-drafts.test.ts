/**
 * 漂移修复的草稿（纯）：哪些漂移能写成把云上状态接受进仓库的变更申请（规格、磁盘扩容），哪些不能、为什么；
 * 规格名按站点配置的映射反查。系统视图来自示例仓库（深圳市中小学学籍管理系统：app、db 各 2 台）。
 */
import { describe, expect, it } from "vitest";
import {
  driftDrafts,
  flavorSize,
  reverseFlavors,
  settleDrift,
} from "../../scripts/core/drafts/drift-drafts.ts";
import { driftIssues, type StackDriftJson } from "../../scripts/core/drafts/drift-issues.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import { calendar, contextOf } from "../audit/helpers.ts";
import { exampleFiles } from "../helpers/repo.ts";

const TODAY = "2026-12-10";
const views = contextOf({ files: exampleFiles(), today: TODAY }).systems;
const view = views.find((v) => v.key === "sz-edu/student-registry");
if (!view) throw new Error("示例仓库中没有 sz-edu/student-registry");

type Res = StackDriftJson["resources"][number];
const STACK = "sz-edu.student-registry";
const TYPES = {
  instance: "openstack:compute/instance:Instance",
  volume: "openstack:blockstorage/volume:Volume",
  "security-group-rule": "openstack:networking/secGroupRule:SecGroupRule",
} as const;

function res(
  kind: keyof typeof TYPES,
  name: string,
  differences: [string, unknown, unknown][],
  extra: Partial<Res> = {},
): Res {
  return {
    urn: `urn:pulumi:${STACK}::govcloud::${TYPES[kind]}::${name}`,
    type: TYPES[kind],
    name,
    kind,
    status: "changed",
    pending: false,
    protected: true,
    differences: differences.map(([property, repository, cloud]) => ({
      property,
      kind: "update",
      replace: false,
      repository,
      cloud,
    })),
    ...extra,
  };
}

const flavor = (n: number, cloud: string) => res("instance", `db-${n}`, [["flavorName", "c8m32", cloud]]);
const disk = (n: number, cloud: number) => res("volume", `db-${n}-data-1`, [["size", 900, cloud]]);
const stackOf = (resources: Res[]): StackDriftJson => ({
  stack: STACK,
  unit: "sz-edu",
  system: "student-registry",
  drifted: resources.length > 0,
  resources,
  errors: [],
});

const site = { clouds: { x86: { flavors: { c16m64: "s6.4xlarge.4" } }, arm: { flavors: {} } } };
const reverse = reverseFlavors(site).x86;

describe("flavor names from the site config", () => {
  it.each([
    ["c16m64", undefined, { vcpu: 16, memoryGB: 64 }],
    ["s6.4xlarge.4", reverse, { vcpu: 16, memoryGB: 64 }],
    ["s6.4xlarge.4", undefined, undefined],
    ["c0m4", undefined, undefined],
    [42, undefined, undefined],
  ])("%s → %o", (name, map, size) => {
    expect(flavorSize(name, map)).toEqual(size);
  });

  it("reads nothing from a broken site config", () => {
    expect(reverseFlavors(undefined)).toEqual({});
    expect(reverseFlavors({ clouds: { x86: { flavors: { c1m2: 3 } } } })).toEqual({ x86: new Map() });
  });
});

describe("settleDrift: what an application can accept", () => {
  it("accepts a resize of every host (through the site's flavor map) and a data disk growth as one change", () => {
    const settled = settleDrift(
      stackOf([flavor(1, "s6.4xlarge.4"), flavor(2, "s6.4xlarge.4"), disk(1, 1000), disk(2, 1000)]),
      view,
      reverse,
    );
    expect(settled.refusals).toEqual([]);
    expect(
      settled.changes.map(({ resource, before, after }) => ({ id: resource.id, before, after })),
    ).toEqual([
      {
        id: "db",
        before: { vcpu: 8, memoryGB: 32, dataDisks: [{ sizeGB: 900, tier: "sas" }] },
        after: { vcpu: 16, memoryGB: 64, dataDisks: [{ sizeGB: 1000, tier: "sas" }] },
      },
    ]);
    expect(settled.changes[0]?.evidence[0]).toEqual({
      zh: "db-1 flavorName：仓库 c8m32，云上 s6.4xlarge.4（16核64GB）",
      en: "db-1 flavorName: repository c8m32, cloud s6.4xlarge.4 (16 vCPU / 64 GB)",
    });
  });

  it.each([
    ["only one of two hosts resized", [flavor(1, "c16m64")], "db", "只有部分主机"],
    ["the hosts differ from each other", [flavor(1, "c16m64"), flavor(2, "c12m48")], "db", "只有部分主机"],
    ["an unknown flavor", [flavor(1, "s9.huge"), flavor(2, "s9.huge")], "db-1", "认不出 vCPU 与内存"],
    ["a disk shrank", [disk(1, 800), disk(2, 800)], "db-1-data-1", "磁盘只能扩容"],
    [
      "a deleted host",
      [res("instance", "db-1", [], { status: "missing-in-cloud" })],
      "db-1",
      "云上没有这个资源",
    ],
    [
      "a host created by hand",
      [res("instance", "db-9", [], { status: "not-in-repository" })],
      "db-9",
      "云上有、仓库没有",
    ],
    [
      "a security-group rule",
      [res("security-group-rule", "app-sg-in-tcp-443-any", [["portRangeMax", 443, 444]])],
      "app-sg-in-tcp-443-any",
      "申请写不出这类资源的配置",
    ],
    [
      "a pending change",
      [res("instance", "db-1", [["flavorName", "c8m32", "c4m8"]], { pending: true })],
      "db-1",
      "合并后尚未发放",
    ],
    [
      "another property",
      [res("instance", "db-1", [["name", "a", "b"]])],
      "db-1",
      "属性 name 不是申请里的配置",
    ],
  ])("refuses %s", (_, resources, name, why) => {
    const settled = settleDrift(stackOf(resources as Res[]), view, reverse);
    expect(settled.changes).toEqual([]);
    // 第一条拒绝（几台主机各有一条时列出每一台）
    expect(settled.refusals[0]).toEqual({
      name,
      why: { zh: expect.stringContaining(why), en: expect.any(String) },
    });
  });

  it("refuses malformed entries of the report and a flavor renamed without a size change, never throws", () => {
    const bad = [null, { name: 3 }, { ...flavor(1, "x"), differences: "no" }] as unknown as Res[];
    const settled = settleDrift(stackOf(bad), view, reverse);
    expect(settled.changes).toEqual([]);
    expect(settled.refusals.map((r) => r.name)).toEqual(["?", "?", "db-1"]);
    const renamed = settleDrift(stackOf([flavor(1, "c8m32"), flavor(2, "c8m32")]), view, reverse);
    expect(renamed.changes).toEqual([]);
    expect(renamed.refusals).toEqual([
      {
        name: "db",
        why: { zh: expect.stringContaining("规格名映射可能与云上不一致"), en: expect.any(String) },
      },
    ]);
  });

  it("does not draft half a resource: one refused host keeps the whole resource out", () => {
    const settled = settleDrift(stackOf([flavor(1, "c16m64"), flavor(2, "s9.huge")]), view, reverse);
    expect(settled.changes).toEqual([]);
    expect(settled.refusals.map((r) => r.name)).toEqual(["db-2"]);
  });
});

describe("driftDrafts: a finding with the profile's change application, and the issue says why not", () => {
  const options = {
    views,
    flavors: reverseFlavors(site),
    today: TODAY,
    calendar,
    lang: "zh" as const,
  };

  it("drafts Shenzhen's change application; the issue names the branch and what was left out", () => {
    const stack = stackOf([
      flavor(1, "c16m64"),
      flavor(2, "c16m64"),
      res("security-group-rule", "app-sg-in-tcp-443-any", [], { status: "missing-in-cloud" }),
    ]);
    const { findings, notes } = driftDrafts([stack], { ...options, draft: shenzhen.audit.driftDraft });
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({
      key: "drift/sz-edu/student-registry",
      check: "drift",
      unit: "sz-edu",
      system: "student-registry",
      draft: { type: "change", file: "requests/sz-edu/student-registry/0004-change.yaml" },
    });
    expect(f?.draft?.yaml).toContain(
      [
        "changes:",
        "  - resource: db",
        "    before:",
        "      vcpu: 8",
        "      memoryGB: 32",
        "    after:",
        "      vcpu: 16",
        "      memoryGB: 64",
      ].join("\n"),
    );
    expect(f?.action).toContain("用发放流程重新应用仓库");
    const issue = driftIssues([stack], { label: "govcloud-audit", driftLabel: "govcloud-drift" }, "zh", notes)
      .desired[0];
    expect(issue?.body).toContain(
      "已起草变更申请 `requests/sz-edu/student-registry/0004-change.yaml`（机器人的分支 `govcloud-bot/drift/sz-edu/student-registry`）",
    );
    expect(issue?.body).toContain("- `app-sg-in-tcp-443-any`：云上没有这个资源");
  });

  it("drafts nothing without the profile hook (Huaibei) or when nothing can be accepted", () => {
    const stack = stackOf([flavor(1, "c16m64"), flavor(2, "c16m64")]);
    const none = driftDrafts([stack], { ...options, draft: undefined });
    expect(none.findings).toEqual([]);
    expect(none.notes.get("drift/sz-edu/student-registry")?.[0]).toContain(
      "这个 profile 不起草漂移修复的申请",
    );
    const partial = driftDrafts([stackOf([flavor(1, "c16m64")])], {
      ...options,
      draft: shenzhen.audit.driftDraft,
    });
    expect(partial.findings).toEqual([]);
    expect(partial.notes.get("drift/sz-edu/student-registry")?.[0]).toContain("没有起草 PR");
  });
});
