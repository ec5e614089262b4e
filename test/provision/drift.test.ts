import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  driftExitCode,
  driftOf,
  parsePreview,
  pathSegments,
  renderDriftJson,
  renderDriftMarkdown,
  valueAt,
} from "../../scripts/core/provision/drift.ts";
import type { DesiredSystem } from "../../scripts/core/provision/types.ts";
import { exampleDesired } from "./helpers.ts";

/**
 * 端到端测试录不到的几种情况（要替换的卷、仓库里没有的资源、云上缺失的对象存储桶……）：输入按真实输出的形态手写
 * （与 test/provision/fixtures/recorded/ 中真实引擎录下的输出同形：steps[].op/urn/provider/oldState/newState/
 * diffReasons/replaceReasons/detailedDiff）。真实输出的测试在 drift-recorded.test.ts。
 */
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));

const desired = exampleDesired().get("sz-edu/student-registry") as DesiredSystem;

describe("漂移：pulumi preview --refresh --json", () => {
  it("每一步是一处不一致：属性、仓库的值、云上的值；资源标识来自期望状态", () => {
    const report = driftOf(parsePreview(fixture("preview-refresh-drift.json")), { desired });
    expect(report).toEqual({
      stack: "sz-edu.student-registry",
      unit: "sz-edu",
      system: "student-registry",
      drifted: true,
      errors: [],
      resources: [
        {
          urn: "urn:pulumi:sz-edu.student-registry::govcloud::openstack:networking/secGroupRule:SecGroupRule::app-sg-in-tcp-8080-any",
          type: "openstack:networking/secGroupRule:SecGroupRule",
          name: "app-sg-in-tcp-8080-any",
          kind: "security-group-rule",
          status: "not-in-repository",
          pending: false,
          protected: false,
          differences: [],
        },
        {
          urn: "urn:pulumi:sz-edu.student-registry::govcloud::openstack:compute/instance:Instance::app-1",
          type: "openstack:compute/instance:Instance",
          name: "app-1",
          kind: "instance",
          resource: "app",
          status: "changed",
          // 变更申请 2 还没有交付：这处不同是待发放的调整规格
          pending: true,
          protected: true,
          differences: [
            {
              property: "flavorName",
              label: { zh: "规格", en: "flavor" },
              kind: "update",
              replace: false,
              repository: "c12m24",
              cloud: "c8m16",
            },
          ],
        },
        {
          urn: "urn:pulumi:sz-edu.student-registry::govcloud::openstack:blockstorage/volume:Volume::db-1-data-1",
          type: "openstack:blockstorage/volume:Volume",
          name: "db-1-data-1",
          kind: "volume",
          resource: "db",
          status: "replaced",
          pending: false,
          protected: true,
          differences: [
            {
              property: "size",
              label: { zh: "容量（GB）", en: "size (GB)" },
              kind: "update",
              replace: true,
              repository: 900,
              cloud: 1000,
            },
          ],
        },
        {
          urn: "urn:pulumi:sz-edu.student-registry::govcloud::openstack:networking/secGroupRule:SecGroupRule::db-sg-in-tcp-5432-10-20-30-0-24",
          type: "openstack:networking/secGroupRule:SecGroupRule",
          name: "db-sg-in-tcp-5432-10-20-30-0-24",
          kind: "security-group-rule",
          resource: "db",
          status: "replaced",
          pending: false,
          protected: false,
          differences: [
            {
              property: "remoteIpPrefix",
              label: { zh: "源地址", en: "source" },
              kind: "update",
              replace: true,
              repository: "10.20.30.0/24",
              cloud: "0.0.0.0/0",
            },
          ],
        },
        {
          urn: "urn:pulumi:sz-edu.student-registry::govcloud::openstack:objectstorage/container:Container::files-1",
          type: "openstack:objectstorage/container:Container",
          name: "files-1",
          kind: "container",
          resource: "files",
          status: "missing-in-cloud",
          pending: false,
          protected: true,
          differences: [],
        },
      ],
    });
    expect(driftExitCode([report])).toBe(1);
  });

  it("Markdown 报告（审阅过的 golden 文件）", async () => {
    const report = driftOf(parsePreview(fixture("preview-refresh-drift.json")), { desired });
    await expect(renderDriftMarkdown([report], "zh")).toMatchFileSnapshot(
      "./golden/drift-student-registry.md",
    );
  });

  it("JSON 报告：文字按语言展开", () => {
    const report = driftOf(parsePreview(fixture("preview-refresh-drift.json")), { desired });
    const json = JSON.parse(renderDriftJson([report], "en"));
    expect(json.drifted).toBe(true);
    expect(json.stacks[0].resources[1].differences[0]).toEqual({
      property: "flavorName",
      label: "flavor",
      kind: "update",
      replace: false,
      repository: "c12m24",
      cloud: "c8m16",
    });
  });

  it("没有变化（只有 stack 的 same）：没有漂移，退出码 0", () => {
    const report = driftOf(parsePreview(fixture("preview-refresh-clean.json")));
    expect(report).toEqual({
      stack: "sz-edu.student-registry",
      unit: "sz-edu",
      system: "student-registry",
      drifted: false,
      resources: [],
      errors: [],
    });
    expect(driftExitCode([report])).toBe(0);
    expect(renderDriftMarkdown([report], "zh")).toContain("云上与仓库一致。");
  });

  it("替换可能分成 replace、create-replacement、delete-replaced 几步：合并成一项", () => {
    const urn = "urn:pulumi:a.b::govcloud::openstack:blockstorage/volume:Volume::app-1-system";
    const report = driftOf({
      steps: [
        { op: "create-replacement", urn },
        {
          op: "replace",
          urn,
          oldState: { urn, type: "openstack:blockstorage/volume:Volume", outputs: { volumeType: "SATA" } },
          newState: { urn, type: "openstack:blockstorage/volume:Volume", inputs: { volumeType: "SAS" } },
          replaceReasons: ["volumeType"],
        },
        { op: "delete-replaced", urn },
      ],
    });
    expect(report.resources).toHaveLength(1);
    expect(report.resources[0]).toMatchObject({
      status: "replaced",
      differences: [{ property: "volumeType", replace: true, repository: "SAS", cloud: "SATA" }],
    });
  });

  it("没有 detailedDiff 时用 diffReasons；inputDiff 为真时云上的值取旧的输入", () => {
    const urn = "urn:pulumi:a.b::govcloud::openstack:objectstorage/container:Container::files-1";
    const report = driftOf({
      steps: [
        {
          op: "update",
          urn,
          oldState: {
            urn,
            type: "openstack:objectstorage/container:Container",
            inputs: { metadata: { "Quota-Bytes": "1" } },
            outputs: { metadata: { "Quota-Bytes": "2" } },
          },
          newState: {
            urn,
            type: "openstack:objectstorage/container:Container",
            inputs: { metadata: { "Quota-Bytes": "3" } },
          },
          detailedDiff: { 'metadata["Quota-Bytes"]': { kind: "update", inputDiff: true } },
        },
        {
          op: "update",
          urn: urn.replace("files-1", "files-2"),
          oldState: { urn, type: "openstack:objectstorage/container:Container", outputs: { name: "x" } },
          newState: { urn, type: "openstack:objectstorage/container:Container", inputs: { name: "y" } },
          diffReasons: ["name"],
        },
      ],
    });
    expect(report.resources.map((r) => r.differences[0])).toEqual([
      {
        property: 'metadata["Quota-Bytes"]',
        label: { zh: "配额（Quota-Bytes）", en: "quota (Quota-Bytes)" },
        kind: "update",
        replace: false,
        repository: "3",
        cloud: "1",
      },
      { property: "name", kind: "update", replace: false, repository: "y", cloud: "x" },
    ]);
  });

  it("提供者与 stack 的步骤不算漂移；引擎报告的错误使退出码为 2", () => {
    const report = driftOf({
      steps: [
        { op: "update", urn: "urn:pulumi:a.b::govcloud::pulumi:providers:openstack::openstack-x86" },
        { op: "same", urn: "urn:pulumi:a.b::govcloud::pulumi:pulumi:Stack::govcloud-a.b" },
      ],
      diagnostics: [
        {
          urn: "urn:pulumi:a.b::govcloud::pulumi:pulumi:Stack::govcloud-a.b",
          message: "程序失败\n",
          severity: "error",
        },
        { message: "提示", severity: "info" },
      ],
    });
    expect(report.resources).toEqual([]);
    expect(report.errors).toEqual(["govcloud-a.b: 程序失败"]);
    expect(driftExitCode([report])).toBe(2);
  });

  it.each([
    [[], "pulumi preview --json 的输出 /：应为 JSON 对象"],
    [{ steps: {} }, "pulumi preview --json 的输出 /steps：应为数组"],
    [
      { config: {} },
      "pulumi preview --json 的输出 /：没有 steps 与 changeSummary：这不是 pulumi preview --json 的输出",
    ],
    [{ steps: [{ urn: "x" }] }, "pulumi preview --json 的输出 /steps/0/op：应为字符串"],
    [
      { steps: [{ op: "update", urn: "x", detailedDiff: [] }] },
      "pulumi preview --json 的输出 /steps/0/detailedDiff：应为对象",
    ],
  ])("不合形态的输入：%j", (json, message) => {
    expect(() => parsePreview(json)).toThrow(message);
  });

  it.each([
    ["flavorName", ["flavorName"]],
    ["blockDevices[0].volumeSize", ["blockDevices", 0, "volumeSize"]],
    ['metadata["Quota-Bytes"]', ["metadata", "Quota-Bytes"]],
    ['tags["a.b"][2]', ["tags", "a.b", 2]],
  ])("属性路径 %s", (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });

  it("按路径取值", () => {
    const v = { blockDevices: [{ volumeSize: 100 }], metadata: { "Quota-Bytes": "9" } };
    expect(valueAt(v, "blockDevices[0].volumeSize")).toBe(100);
    expect(valueAt(v, 'metadata["Quota-Bytes"]')).toBe("9");
    expect(valueAt(v, "blockDevices[3].volumeSize")).toBeUndefined();
    expect(valueAt(undefined, "a")).toBeUndefined();
  });
});
