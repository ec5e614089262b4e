import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultCatalogs, validate } from "../../scripts/adapters/repository.ts";
import { desiredSystem } from "../../scripts/core/provision/desired.ts";
import {
  driftExitCode,
  driftOf,
  parsePreview,
  renderDriftMarkdown,
} from "../../scripts/core/provision/drift.ts";
import { provisionInputs } from "../../scripts/core/provision/input.ts";
import type { DesiredSystem } from "../../scripts/core/provision/types.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { TODAY } from "../helpers/repo.ts";

/**
 * 漂移解析器对真实输出：test/provision/fixtures/recorded/ 是端到端测试（test/e2e/provision.e2e.ts）在真实的
 * Pulumi 引擎 3.248.0 与 127.0.0.1 上的 OpenStack 上录下的 `pulumi preview --json` 输出，以及那次运行写出的
 * 交付记录。重录：GOVCLOUD_E2E_RECORD=1 npm run test:e2e。
 *
 * 录下时的仓库：test/e2e/fixtures/requests 中的 新增(1)、变更(2)、端口开放(3) 都已交付；
 * - preview-after-new.json、preview-after-change.json：发放后立即 preview，没有改动；
 * - preview-refresh-clean.json：发放后 preview --refresh，云上与仓库一致；
 * - preview-refresh-drift.json：用 openstack 命令行把 web-2 从 c2m4 调整到 c4m8 之后；
 * - preview-refresh-drift-rule-deleted.json：又删掉了 web 的 TCP 443 端口策略之后。
 */
const recorded = new URL("./fixtures/recorded/", import.meta.url);
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, recorded), "utf8"));

function recordedDesired(): DesiredSystem {
  const e2e = new URL("../e2e/fixtures/requests/sz-edu/", import.meta.url);
  const files: Record<string, string | Uint8Array> = {
    "requests/sz-edu/unit.yaml": readFileSync(new URL("unit.yaml", e2e), "utf8"),
  };
  for (const f of ["system.yaml", "0001-new.yaml", "0002-change.yaml", "0003-ports.yaml"])
    files[`requests/sz-edu/grants-portal/${f}`] = readFileSync(new URL(`grants-portal/${f}`, e2e), "utf8");
  // 变更申请引用的截图（validate 检查附件在）
  for (const f of readdirSync(new URL("grants-portal/attachments/", e2e)))
    files[`requests/sz-edu/grants-portal/attachments/${f}`] = readFileSync(
      new URL(`grants-portal/attachments/${f}`, e2e),
    );
  for (const f of readdirSync(new URL("deliveries/", recorded)))
    files[`requests/sz-edu/grants-portal/deliveries/${f}`] = readFileSync(
      new URL(`deliveries/${f}`, recorded),
      "utf8",
    );
  const { repo, histories, findings } = validate({
    fs: memoryFs(files),
    scope: { kind: "all" },
    lang: "zh",
    today: TODAY,
  });
  // 录下的交付记录本身要合规（它们是发放流水线写的）
  expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  const input = provisionInputs(repo, histories, defaultCatalogs).find((i) => i.system === "grants-portal");
  if (!input) throw new Error("测试仓库中没有 sz-edu/grants-portal");
  return desiredSystem(input);
}

describe("漂移：真实引擎录下的 pulumi preview --json", () => {
  const desired = recordedDesired();

  it.each(["preview-after-new.json", "preview-after-change.json", "preview-refresh-clean.json"])(
    "%s：没有漂移（refresh 步骤与 null 字段不算差异）",
    (name) => {
      const json = fixture(name) as { steps: { op: string }[] };
      expect(json.steps.length).toBeGreaterThan(0);
      const report = driftOf(parsePreview(json), { desired });
      expect(report).toEqual({
        stack: "sz-edu.grants-portal",
        unit: "sz-edu",
        system: "grants-portal",
        drifted: false,
        resources: [],
        errors: [],
      });
      expect(driftExitCode([report])).toBe(0);
    },
  );

  it("带外调整规格：恰好一处，web-2 的规格，仓库 c2m4、云上 c4m8，不是待发放", () => {
    const report = driftOf(parsePreview(fixture("preview-refresh-drift.json")), { desired });
    expect(report.drifted).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.resources).toEqual([
      {
        urn: "urn:pulumi:sz-edu.grants-portal::govcloud::openstack:compute/instance:Instance::web-2",
        type: "openstack:compute/instance:Instance",
        name: "web-2",
        kind: "instance",
        resource: "web",
        status: "changed",
        pending: false,
        protected: true,
        differences: [
          {
            property: "flavorName",
            label: { zh: "规格", en: "flavor" },
            kind: "update",
            replace: false,
            repository: "c2m4",
            cloud: "c4m8",
          },
        ],
      },
    ]);
    expect(driftExitCode([report])).toBe(1);
  });

  it("带外删掉端口策略：报告为云上缺失，标出开放它的资源", () => {
    const report = driftOf(parsePreview(fixture("preview-refresh-drift-rule-deleted.json")), { desired });
    expect(report.resources.map((r) => [r.name, r.kind, r.resource, r.status, r.pending])).toEqual([
      ["web-2", "instance", "web", "changed", false],
      ["web-sg-in-tcp-443-any", "security-group-rule", "web", "missing-in-cloud", false],
    ]);
  });

  it("Markdown 报告（审阅过的 golden 文件）", async () => {
    const report = driftOf(parsePreview(fixture("preview-refresh-drift-rule-deleted.json")), { desired });
    await expect(renderDriftMarkdown([report], "zh")).toMatchFileSnapshot("./golden/drift-grants-portal.md");
  });

  it("没有期望状态时照样报告（仓库读不到），只是少了资源标识", () => {
    const report = driftOf(parsePreview(fixture("preview-refresh-drift.json")));
    expect(report.stack).toBe("sz-edu.grants-portal");
    expect(report.resources.map((r) => [r.name, r.resource])).toEqual([["web-2", undefined]]);
  });
});
