import { describe, expect, it } from "vitest";
import { validate } from "../scripts/adapters/repository.ts";
import type { Application, Delivery } from "../scripts/core/model.ts";
import { memoryFs } from "../scripts/core/repository/fs.ts";
import { foldSystem, periodEnd } from "../scripts/core/state/fold.ts";
import { exampleFiles, TODAY } from "./helpers/repo.ts";

const histories = () =>
  validate({ fs: memoryFs(exampleFiles()), scope: { kind: "all" }, lang: "zh", today: TODAY }).histories;
const loaded = <T>(data: T, file = "requests/u/s/x.yaml") => ({ file, data });

describe("folding a system's applications and delivery records", () => {
  it("student-registry: new → delivered → change (not yet delivered) → ports", () => {
    const h = histories().get("sz-edu/student-registry");
    const app = h?.current.resources.get("app");
    expect(app).toMatchObject({
      service: "ecs",
      kind: "production",
      createdBy: 1,
      changedBy: [2],
      deliveredOn: "2026-05-20",
      config: { vcpu: 12, memoryGB: 24, quantity: 2 },
      instances: [
        { name: "app-1", hostname: "szedu-xj-app-1", ip: "10.21.3.11" },
        { name: "app-2", hostname: "szedu-xj-app-2", ip: "10.21.3.12" },
      ],
    });
    // 变更之前的状态是变更申请所对照的“在用配置”
    expect(h?.before.get(2)?.resources.get("app")?.config).toMatchObject({ vcpu: 8, memoryGB: 16 });
    expect(h?.current.ports.map((p) => `${p.rule.protocol}/${p.rule.ports}→${p.rule.destination}`)).toEqual([
      "tcp/443→app",
      "tcp/5432→db",
    ]);
    expect(h?.current.applied).toEqual([1, 2, 3]);
  });

  it("campus-portal: a revocation moves the resource out of service with its delivery date", () => {
    const h = histories().get("sz-edu/campus-portal");
    expect([...(h?.current.resources.keys() ?? [])]).not.toContain("cms");
    expect(h?.current.revoked.get("cms")).toMatchObject({
      revokedBy: 2,
      resource: { deliveredOn: "2026-01-20" },
    });
  });

  it("exam-registration: test expiry = delivery + 2 months, + 1 month renewal", () => {
    const h = histories().get("sz-edu-exam/exam-registration");
    expect(h?.before.get(2)?.resources.get("test-web")?.test).toEqual({
      period: { months: 2 },
      renewedMonths: 0,
      expiresOn: "2026-11-08",
    });
    expect(h?.current.resources.get("test-web")?.test).toEqual({
      period: { months: 2 },
      renewedMonths: 1,
      expiresOn: "2026-12-08",
    });
  });

  it.each([
    ["2026-09-08", { months: 2 }, "2026-11-08"],
    ["2026-01-31", { months: 1 }, "2026-02-28"],
    ["2026-09-08", { weeks: 3 }, "2026-09-29"],
  ] as const)("periodEnd(%s, %j) = %s", (start, period, end) => {
    expect(periodEnd(start, period)).toBe(end);
  });

  it("revoking a host closes the port rules written against its id or its IP", () => {
    const base = {
      kind: "application",
      profile: "shenzhen",
      date: "2026-11-01",
      unit: "u",
      system: "s",
    } as const;
    const apps = [
      loaded({
        ...base,
        sequence: 1,
        type: "new",
        new: { forDeploymentAndAssessment: true, expectedLaunch: "2027-01-01" },
        estimate: {},
        resources: [
          { id: "web", service: "ecs", quantity: 1, vcpu: 2, memoryGB: 4 },
          { id: "db", service: "ecs", quantity: 1, vcpu: 2, memoryGB: 4 },
        ],
      }),
      loaded({
        ...base,
        sequence: 2,
        type: "ports",
        ports: {
          business: "open",
          network: "public",
          contact: { name: "a", phone: "1" },
          rules: [
            {
              source: "any",
              destination: "web",
              protocol: "tcp",
              ports: 443,
              purpose: "new-service",
              description: "x",
            },
            {
              source: "any",
              destination: "10.0.0.5",
              protocol: "tcp",
              ports: 80,
              purpose: "new-service",
              description: "x",
            },
            {
              source: "10.1.1.0/24",
              destination: "db",
              protocol: "tcp",
              ports: 5432,
              purpose: "management",
              description: "x",
            },
          ],
        },
      }),
      loaded({
        ...base,
        sequence: 3,
        type: "revoke",
        revocations: [{ resource: "web", dataBackup: "no-data" }],
      }),
    ] as { file: string; data: Application }[];
    const deliveries = [
      loaded({
        kind: "delivery",
        profile: "shenzhen",
        application: 1,
        date: "2026-11-02",
        resources: [{ id: "web", instances: [{ name: "web-1", ip: "10.0.0.5" }] }],
      } as Delivery),
    ];
    const h = foldSystem(apps, deliveries);
    expect(h.before.get(3)?.ports).toHaveLength(3);
    expect(h.current.ports.map((p) => p.rule.destination)).toEqual(["db"]);
  });

  it("folds by sequence, not by file order", () => {
    const base = {
      kind: "application",
      profile: "shenzhen",
      date: "2026-11-01",
      unit: "u",
      system: "s",
    } as const;
    const newApp = loaded(
      {
        ...base,
        sequence: 1,
        type: "new",
        new: { forDeploymentAndAssessment: true, expectedLaunch: "2027-01-01" },
        estimate: {},
        resources: [{ id: "web", service: "ecs", quantity: 1, vcpu: 2, memoryGB: 4 }],
      },
      "requests/u/s/b.yaml",
    );
    const change = loaded(
      {
        ...base,
        sequence: 2,
        type: "change",
        changes: [{ resource: "web", before: { vcpu: 2 }, after: { vcpu: 4 } }],
      },
      "requests/u/s/a.yaml",
    );
    const h = foldSystem([change, newApp] as { file: string; data: Application }[], []);
    expect(h.current.resources.get("web")?.config.vcpu).toBe(4);
    expect(h.before.get(2)?.resources.get("web")?.config.vcpu).toBe(2);
  });
});
