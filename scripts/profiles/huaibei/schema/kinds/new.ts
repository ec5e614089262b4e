import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import { huaibeiCatalog } from "../../catalog.ts";
import { attachmentPath, letter } from "../fields.ts";
import { resources } from "../resources.ts";

/** 系统上云运行时限（附件1 “*系统上云运行时限”：长期运行 / 临时运行 N 个月）。 */
export function term(k: SchemaKit) {
  return {
    title: "系统上云运行时限",
    description:
      "*系统上云运行时限：{ kind: long-term } 长期运行，或 { kind: temporary, months: N } 临时运行 N 个月（附件1）",
    oneOf: [
      k.obj("长期运行", "长期运行", { kind: { const: "long-term", title: "长期运行" } }, ["kind"]),
      k.obj(
        "临时运行",
        "临时运行 N 个月",
        {
          kind: { const: "temporary", title: "临时运行" },
          months: k.int("月数", "临时运行的月数", { minimum: 1 }),
        },
        ["kind", "months"],
      ),
    ],
    ...k.cite({ attachment: "附件1" }),
  };
}

/** 上云申请（附件1 二、三；机房托管为附件2）：第12、13条。 */
export function newKind(k: SchemaKit): KindBranch {
  const services = huaibeiCatalog(k.catalog).services;
  const hosting = services.filter((s) => s.onboarding.includes("hosting")).map((s) => s.id);
  const cloud = services.filter((s) => s.onboarding.some((o) => o !== "hosting")).map((s) => s.id);
  const onlyServices = (onboarding: string[], ids: string[], annex: string) =>
    k.when(
      { properties: { onboarding: { enum: onboarding } }, required: ["onboarding"] },
      {
        properties: {
          resources: {
            type: "array",
            items: {
              type: "object",
              properties: { service: { enum: ids, ...k.cite({ attachment: annex }) } },
            },
          },
        },
      },
    );
  return {
    properties: {
      letter: letter(k),
      onboarding: {
        type: "string",
        title: "系统上云类型",
        description:
          "*系统上云类型：new 新建上云、migrate 迁移上云（附件1）、hosting 机房托管（填附件2《资源需求申请表（托管）》）",
        enum: ["new", "migrate", "hosting"],
        ...k.cite({ attachment: "附件1" }),
      },
      basis: k.obj(
        "申请依据",
        "第13条：新建和改扩建信息系统以经批复的项目建设方案或者可行性研究报告为依据；已建信息系统提供云资源使用情况",
        {
          kind: {
            type: "string",
            title: "依据类型",
            description:
              "approved-plan：经批复的项目建设方案；feasibility-study：可行性研究报告；current-usage：已建系统的云资源使用情况",
            enum: ["approved-plan", "feasibility-study", "current-usage"],
          },
          document: k.str("文件", "批复文号或文件名称"),
          file: attachmentPath(k, "文件扫描件"),
        },
        ["kind", "document"],
        k.cite({ article: "第13条" }),
      ),
      migration: k.obj(
        "迁移",
        "迁移上云：原系统与保留期（第15条：割接上线后原信息系统至少保留3个月，作为应急回退措施）",
        {
          oldSystem: k.str("原系统", "原系统的部署情况"),
          keepUntil: k.date("原系统保留至", "原系统保留到这一天；割接上线后至少 3 个月"),
        },
        ["oldSystem"],
        k.cite({ article: "第15条" }),
      ),
      term: term(k),
      otherNeeds: k.str("其他需求", "三、其他需求：系统部署入云的其他需求（附件1、附件2）"),
      resources: resources(k),
    },
    required: ["letter", "onboarding", "basis", "term", "resources"],
    extra: {
      ...k.cite({ article: "第12条" }),
      allOf: [
        k.when(
          { properties: { onboarding: { const: "migrate" } }, required: ["onboarding"] },
          { required: ["migration"] },
        ),
        onlyServices(["hosting"], hosting, "附件2"),
        onlyServices(["new", "migrate"], cloud, "附件1"),
      ],
    },
  };
}
