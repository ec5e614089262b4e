import { describe, expect, it } from "vitest";
import { loadCatalog } from "../scripts/adapters/catalog-files.ts";
import type { Catalog } from "../scripts/core/catalog/types.ts";
import type { KindInfo } from "../scripts/core/profile.ts";
import { type KindBranch, SchemaKit, schemaBase } from "../scripts/core/schema/kit.ts";
import type { JsonSchema, SchemaPart } from "../scripts/core/schema/profile.ts";
import { SchemaValidator } from "../scripts/core/schema/validate.ts";
import { text } from "../scripts/core/text.ts";

/**
 * 引擎的 schema 工具不认识任何城市：一个替身 profile（两种申请、一个带引用的字段、一项服务）
 * 只用 SchemaKit 拼出四个 schema，SchemaValidator 照样校验、引用、提示。
 */

const shenzhen = loadCatalog("shenzhen");
/** 目录数据照用，profile 换成替身。 */
const catalog: Catalog = { ...shenzhen, profile: { ...shenzhen.profile, id: "stub", title: "替身规范" } };

const stubKinds: Record<"new" | "revoke", KindInfo> = {
  new: { name: text("开通申请", "opening"), short: text("开通", "open") },
  revoke: { name: text("注销申请", "closing"), short: text("注销", "close") },
};

const size = (k: SchemaKit) =>
  k.def("size", () => k.int("规模", "规模，至少 1", { minimum: 1, ...k.cite({ article: "第1条" }) }));

/** 一项服务 `alpha` 的需求，按 `service` 区分（与深圳的云服务需求同一种写法）。 */
const serviceDefs = (k: SchemaKit): JsonSchema => ({
  resource: {
    type: "object",
    title: "需求",
    required: ["service"],
    properties: { service: { type: "string", enum: ["alpha"] } },
    discriminator: { propertyName: "service" },
    oneOf: [{ $ref: "#/$defs/service-alpha" }],
  },
  "service-alpha": k.obj("甲", "服务甲", { service: { const: "alpha" }, size: size(k) }, ["service", "size"]),
});

const branches: Record<"new" | "revoke", (k: SchemaKit) => KindBranch> = {
  new: (k) => ({
    properties: { items: k.list("需求", "需求列表", { $ref: "#/$defs/resource" }, { minItems: 1 }) },
    required: ["items"],
    extra: k.cite({ article: "第2条" }),
  }),
  revoke: (k) => ({ properties: { reason: k.str("理由", "注销理由") }, required: ["reason"] }),
};

function application(k: SchemaKit): JsonSchema {
  return k.application({
    title: "替身申请",
    description: "type 决定其余部分",
    kinds: stubKinds,
    common: { date: k.date("申请日期", "申请日期") },
    commonRequired: ["date"],
    branch: (type) => (branches[type as "new" | "revoke"] as (k: SchemaKit) => KindBranch)(k),
    defs: serviceDefs(k),
  });
}

function simple(k: SchemaKit, kind: "unit" | "system" | "delivery"): JsonSchema {
  return k.document(
    kind,
    k.obj(`替身${kind}`, `替身的 ${kind}`, { ...k.header(kind), name: k.str("名称", "名称") }, [
      "kind",
      "profile",
      "name",
    ]),
  );
}

const stubSchema: SchemaPart = {
  build: (c) => ({
    unit: simple(new SchemaKit(c), "unit"),
    system: simple(new SchemaKit(c), "system"),
    application: application(new SchemaKit(c)),
    delivery: simple(new SchemaKit(c), "delivery"),
  }),
};

const FILE = "requests/u/s/0001.yaml";
const app = (data: Record<string, unknown>) => ({
  kind: "application",
  profile: "stub",
  sequence: 1,
  date: "2026-01-05",
  ...data,
});

describe("SchemaKit assembles a profile's documents", () => {
  const schemas = stubSchema.build(catalog);
  const a = schemas.application as {
    $id: string;
    properties: { type: { enum: string[]; description: string } };
    oneOf: { title: string; required: string[]; properties: Record<string, unknown> }[];
    $defs: Record<string, unknown>;
  };

  it("an application is a union over the profile's kinds, named by the profile", () => {
    expect(a.$id).toBe(`${schemaBase}/stub/application.schema.json`);
    expect(a.properties.type.enum).toEqual(["new", "revoke"]);
    expect(a.properties.type.description).toBe("new：开通申请；revoke：注销申请");
    expect(a.oneOf.map((b) => b.title)).toEqual(["开通申请", "注销申请"]);
    expect(a.oneOf[1]?.required).toEqual(["kind", "profile", "sequence", "type", "date", "reason"]);
    expect(Object.keys(a.oneOf[1]?.properties ?? {})).toEqual([
      "$schema",
      "kind",
      "profile",
      "sequence",
      "type",
      "date",
      "reason",
    ]);
    expect(a.oneOf[0]).toMatchObject({ "x-citation": { profile: "stub", article: "第2条" } });
  });

  it("a shared definition is written once, before the profile's own", () => {
    expect(Object.keys(a.$defs)).toEqual(["size", "resource", "service-alpha"]);
  });

  it("a document takes its title from the body and has $defs only when it uses one", () => {
    expect(Object.keys(schemas.unit).slice(0, 5)).toEqual(["$schema", "$id", "title", "description", "type"]);
    expect(schemas.unit).toMatchObject({ title: "替身unit", properties: { profile: { const: "stub" } } });
    expect(schemas.unit).not.toHaveProperty("$defs");
  });
});

describe("SchemaValidator with a profile that is not Shenzhen", () => {
  const validator = SchemaValidator.for(catalog, stubSchema);
  const check = (data: unknown) => validator.validate("application", FILE, data);

  it("accepts a valid application of each kind", () => {
    expect(check(app({ type: "new", items: [{ service: "alpha", size: 2 }] }))).toEqual([]);
    expect(check(app({ type: "revoke", reason: "停用" }))).toEqual([]);
  });

  it("an unknown type lists the profile's kinds", () => {
    const [p] = check(app({ type: "ports" }));
    expect(p?.message.zh).toBe("未知的申请类型 “ports”。允许：new、revoke。");
  });

  it("a field's own citation is stamped on its finding, with the profile's id", () => {
    const [p] = check(app({ type: "new", items: [{ service: "alpha", size: 0 }] }));
    expect(p).toMatchObject({ path: "/items/0/size", citation: { profile: "stub", article: "第1条" } });
  });

  it("an unknown service says the catalog without an article when the profile names none", () => {
    const [p] = check(app({ type: "new", items: [{ service: "alpah" }] }));
    expect(p?.message.zh).toMatch(/^未知的服务 “alpah”。服务须取自服务目录，可用的服务标识：/);
  });

  it("a missing field without any citation has none, unless the profile gives a fallback", () => {
    const data = app({ type: "revoke", reason: "停用" });
    delete (data as Record<string, unknown>).date;
    expect(check(data)).toMatchObject([{ path: "", citation: undefined }]);
    const withFallback = SchemaValidator.for(catalog, {
      ...stubSchema,
      requiredCitation: { application: { attachment: "表1", note: "2" } },
    });
    expect(withFallback.validate("application", FILE, data)).toMatchObject([
      { path: "", citation: { profile: "stub", attachment: "表1", note: "2" } },
    ]);
  });
});
