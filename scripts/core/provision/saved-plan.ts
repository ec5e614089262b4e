/**
 * 审批时保存的 Pulumi 更新计划（`pulumi preview --save-plan`，审批计划）：读取、列出要做的改动、
 * 与实施前重新做出的计划比对。纯函数：输入是计划文件的文本，输出是数据。
 *
 * 为什么实施前要再比一次：`pulumi up --plan` 逐个资源核对，不是全有或全无——一个资源违反计划时，
 * 排在它前面、符合计划的资源已经改了（端到端测试中见过：归档盘先扩了容，主机才因带外改动被拒绝）。
 * 实施前先用同一个程序、同一个 stack 再做一次计划，与审批的计划逐项比对：有任何不同就一处也不动，
 * 把不同之处告诉 PR；相同才运行 `pulumi up --plan`（引擎再核对一遍，防住比对之后才发生的变化）。
 */
import { code, md, raw } from "../markup.ts";
import { type Lang, quote } from "../text.ts";

/** 计划中一项属性的改动：+ 新增、~ 修改、- 删除。 */
export interface PropertyChange {
  property: string;
  op: "+" | "~" | "-";
  value?: unknown;
}

/** 计划中要改动的一个资源（same 的不列）。 */
export interface PlannedResource {
  urn: string;
  /** 逻辑名（URN 的最后一段），如 db-1 */
  name: string;
  /** 资源类型，如 openstack:compute/instance:Instance */
  type: string;
  /** 计划的操作：create、update、replace、delete…… */
  ops: string[];
  changes: PropertyChange[];
}

/** 两份计划的一处不同。 */
export interface PlanDifference {
  /** 资源的 URN；stack 配置的不同为 config:<键> */
  urn: string;
  name: string;
  type: string;
  kind: "only-reviewed" | "only-current" | "ops" | "inputs" | "options" | "config";
  reviewed?: string;
  current?: string;
}

export interface SavedPlan {
  config: Record<string, unknown>;
  resources: Map<string, { steps: string[]; goal: unknown; outputs: unknown }>;
}

/** 计划文件不是一份 Pulumi 更新计划：说明原因（不抛出）。 */
export interface PlanParseError {
  error: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** 解析 `pulumi preview --save-plan` 写出的 JSON。 */
export function parseSavedPlan(textContent: string): SavedPlan | PlanParseError {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (e) {
    return { error: `不是 JSON：${e instanceof Error ? e.message : String(e)}` };
  }
  if (!isObject(json) || !isObject(json.resourcePlans))
    return { error: "没有 resourcePlans：不是 pulumi preview --save-plan 写出的计划" };
  const resources: SavedPlan["resources"] = new Map();
  for (const [urn, rp] of Object.entries(json.resourcePlans)) {
    if (!isObject(rp)) return { error: `resourcePlans 中 ${quote(urn)} 不是对象` };
    const steps = Array.isArray(rp.steps) ? rp.steps.map(String) : [];
    resources.set(urn, { steps, goal: rp.goal ?? null, outputs: rp.outputs ?? null });
  }
  return { config: isObject(json.config) ? json.config : {}, resources };
}

export const isPlanParseError = (p: SavedPlan | PlanParseError): p is PlanParseError => "error" in p;

/** URN 的逻辑名与类型：urn:pulumi:<stack>::<project>::<type>::<name>。 */
export function urnParts(urn: string): { name: string; type: string } {
  const parts = urn.split("::");
  const type = parts.length >= 4 ? (parts[parts.length - 2] ?? "") : "";
  return { name: parts[parts.length - 1] ?? urn, type: type.split("$").pop() ?? type };
}

/** Pulumi 的机密值：{"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ciphertext} */
const secretSig = "4dabf18193072939515e22adb298388d";
/** 预览时还不知道的值 */
const unknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * 比对用的规范形式：机密值每次加密都不同（随机数），一律写成 [机密]；URN 列表（依赖）不计顺序；
 * 对象的键排序。机密值的明文是否变了由 `pulumi up --plan` 核对。
 */
function canonical(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v));
    const urnList = key === "dependencies" || key === "propertyDependencies";
    return urnList && items.every((i) => typeof i === "string") ? [...(items as string[])].sort() : items;
  }
  if (isObject(value)) {
    if (secretSig in value) return "[机密]";
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort())
      out[k] = canonical(value[k], key === "propertyDependencies" ? "propertyDependencies" : k);
    return out;
  }
  return value;
}

const same = (a: unknown, b: unknown, key = "") =>
  JSON.stringify(canonical(a, key)) === JSON.stringify(canonical(b, key));

/** 一项值的简短写法（差异说明用）。 */
export function showValue(value: unknown, key = ""): string {
  if (value === unknownValue) return "（创建后才知道）";
  const c = canonical(value, key);
  const s = typeof c === "string" ? c : JSON.stringify(c);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

function inputDiff(goal: unknown): PropertyChange[] {
  if (!isObject(goal) || !isObject(goal.inputDiff)) return [];
  const d = goal.inputDiff;
  const out: PropertyChange[] = [];
  for (const [property, value] of Object.entries(isObject(d.adds) ? d.adds : {}))
    out.push({ property, op: "+", value });
  for (const [property, value] of Object.entries(isObject(d.updates) ? d.updates : {}))
    out.push({ property, op: "~", value });
  for (const property of Array.isArray(d.deletes) ? d.deletes.map(String) : [])
    out.push({ property, op: "-" });
  return out.sort((a, b) => a.property.localeCompare(b.property));
}

/** 计划中要改动的资源（按 URN 排序；same 与只读的不列）。 */
export function plannedChanges(plan: SavedPlan): PlannedResource[] {
  const out: PlannedResource[] = [];
  for (const [urn, rp] of [...plan.resources].sort(([a], [b]) => a.localeCompare(b))) {
    const ops = rp.steps.filter((s) => s !== "same" && s !== "read" && s !== "refresh");
    if (ops.length === 0) continue;
    const changes = ops.includes("create") ? [] : inputDiff(rp.goal);
    out.push({ urn, ...urnParts(urn), ops, changes });
  }
  return out;
}

const optionKeys = [
  "custom",
  "parent",
  "protect",
  "provider",
  "dependencies",
  "propertyDependencies",
  "deleteBeforeReplace",
  "ignoreChanges",
  "additionalSecretOutputs",
  "aliases",
  "id",
  "customTimeouts",
] as const;

function describeInputs(goal: unknown): string {
  const changes = inputDiff(goal);
  if (changes.length === 0) return "";
  return changes.map((c) => `${c.op}${c.property}${c.op === "-" ? "" : `=${showValue(c.value)}`}`).join("，");
}

function compareResource(
  urn: string,
  a: { steps: string[]; goal: unknown; outputs: unknown },
  b: { steps: string[]; goal: unknown; outputs: unknown },
): PlanDifference[] {
  const at = { urn, ...urnParts(urn) };
  const out: PlanDifference[] = [];
  if (a.steps.join(",") !== b.steps.join(","))
    out.push({ ...at, kind: "ops", reviewed: a.steps.join(", "), current: b.steps.join(", ") });
  const ga = isObject(a.goal) ? a.goal : {};
  const gb = isObject(b.goal) ? b.goal : {};
  if (!same(ga.inputDiff, gb.inputDiff) || !same(a.outputs, b.outputs))
    out.push({ ...at, kind: "inputs", reviewed: describeInputs(ga), current: describeInputs(gb) });
  const options = optionKeys.filter((k) => !same(ga[k], gb[k], k));
  if (options.length > 0)
    out.push({
      ...at,
      kind: "options",
      reviewed: options.map((k) => `${k}=${showValue(ga[k], k)}`).join("，"),
      current: options.map((k) => `${k}=${showValue(gb[k], k)}`).join("，"),
    });
  return out;
}

/**
 * 审批的计划与实施前重新做出的计划逐项比对：每个资源的操作、输入的改动、资源选项（protect、依赖、提供者……），
 * 以及 stack 配置。返回全部不同（空表示计划仍然适用），按 URN 排序。
 */
export function comparePlans(reviewed: SavedPlan, current: SavedPlan): PlanDifference[] {
  const out: PlanDifference[] = [];
  const keys = new Set([...Object.keys(reviewed.config), ...Object.keys(current.config)]);
  for (const k of [...keys].sort()) {
    const a = reviewed.config[k];
    const b = current.config[k];
    if (!same(a, b))
      out.push({
        urn: `config:${k}`,
        name: k,
        type: "config",
        kind: "config",
        ...(a !== undefined ? { reviewed: showValue(a) } : {}),
        ...(b !== undefined ? { current: showValue(b) } : {}),
      });
  }
  const urns = new Set([...reviewed.resources.keys(), ...current.resources.keys()]);
  for (const urn of [...urns].sort()) {
    const a = reviewed.resources.get(urn);
    const b = current.resources.get(urn);
    const at = { urn, ...urnParts(urn) };
    if (a && !b) out.push({ ...at, kind: "only-reviewed", reviewed: a.steps.join(", ") });
    else if (!a && b) out.push({ ...at, kind: "only-current", current: b.steps.join(", ") });
    else if (a && b) out.push(...compareResource(urn, a, b));
  }
  return out;
}

const kindText: Record<PlanDifference["kind"], { zh: string; en: string }> = {
  "only-reviewed": { zh: "审批的计划中有，现在没有", en: "in the reviewed plan, gone now" },
  "only-current": { zh: "审批的计划中没有，现在有", en: "not in the reviewed plan, present now" },
  ops: { zh: "操作不同", en: "different operation" },
  inputs: { zh: "属性的改动不同", en: "different property changes" },
  options: { zh: "资源选项不同", en: "different resource options" },
  config: { zh: "stack 配置不同", en: "different stack configuration" },
};

/** 一处不同的一行说明（纯文本；Markdown 中由调用者转义）。 */
export function describeDifference(d: PlanDifference, lang: Lang): string {
  const k = kindText[d.kind][lang];
  const what =
    d.type === "config" ? `${lang === "zh" ? "配置" : "config"} ${d.name}` : `${d.name}（${d.type}）`;
  const r = d.reviewed || (lang === "zh" ? "无" : "none");
  const c = d.current || (lang === "zh" ? "无" : "none");
  return lang === "zh"
    ? `${what}：${k}。审批时：${r}；现在：${c}`
    : `${what}: ${k}. Reviewed: ${r}; now: ${c}`;
}

const opText: Record<string, { zh: string; en: string }> = {
  create: { zh: "新建", en: "create" },
  update: { zh: "修改", en: "update" },
  delete: { zh: "删除", en: "delete" },
  replace: { zh: "重建", en: "replace" },
  "create-replacement": { zh: "重建（先建新的）", en: "create replacement" },
  "delete-replaced": { zh: "重建（删旧的）", en: "delete replaced" },
};

/**
 * 阶段评论中的审批计划一节（Markdown）：stack、计划文件的 sha256、要做的改动。资源名与属性值来自
 * 仓库中的申请，按文字显示（markup.ts）。隐藏标记带 stack，实施时按它找到这份计划的 sha256。
 */
export function renderPlanMarkdown(
  plan: SavedPlan,
  meta: { stack: string; sha256: string; artifact?: string; run?: string },
  lang: Lang,
): string {
  const changes = plannedChanges(plan);
  const zh = lang === "zh";
  const lines = [
    `<!-- govcloud-plan ${meta.stack.replace(/[^A-Za-z0-9._-]/g, "")} sha256=${meta.sha256.replace(/[^0-9a-f]/g, "")}${meta.run ? ` run=${meta.run.replace(/[^0-9]/g, "")}` : ""} -->`,
    md`### ${raw(zh ? "审批计划" : "Reviewed plan")} ${code(meta.stack)}`,
    "",
    md`${raw(zh ? "计划文件的 sha256" : "sha256 of the plan file")}：${code(meta.sha256)}${raw(
      meta.artifact ? md`（${raw(zh ? "工作流制品" : "workflow artifact")} ${code(meta.artifact)}）` : "",
    )}`,
    "",
    zh
      ? "实施时只运行这份计划（`pulumi up --plan`）；状态或程序变了，计划就不再适用，实施会拒绝并在此说明原因。"
      : "Implementation runs exactly this plan (`pulumi up --plan`); if the state or the program has moved, the plan no longer applies and implementation refuses with the reason here.",
    "",
  ];
  if (changes.length === 0) lines.push(zh ? "没有改动。" : "No changes.");
  for (const c of changes) {
    const ops = c.ops.map((o) => opText[o]?.[lang] ?? o).join(" → ");
    const props = c.changes
      .map((p) => md`${code(`${p.op}${p.property}`)}${raw(p.op === "-" ? "" : md` ${showValue(p.value)}`)}`)
      .join("，");
    lines.push(md`- ${raw(ops)} ${code(c.name)}（${code(c.type)}）${raw(props ? `：${props}` : "")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** 实施拒绝的说明（纯文本，工作流贴到 PR 前转义）。 */
export function renderRefusal(
  stack: string,
  reason:
    | { kind: "differences"; differences: PlanDifference[] }
    | { kind: "hash"; expected: string; actual: string },
  lang: Lang,
): string {
  const zh = lang === "zh";
  if (reason.kind === "hash")
    return zh
      ? `${stack}：计划文件的 sha256 是 ${reason.actual}，审批时记录的是 ${reason.expected}。这不是审批的那份计划，不实施。请重新做审批计划（scripts/provision/preview.sh）并重新审批。\n`
      : `${stack}: the plan file's sha256 is ${reason.actual}, the one recorded at approval is ${reason.expected}. This is not the reviewed plan; nothing is applied. Make the plan again (scripts/provision/preview.sh) and have it approved again.\n`;
  const head = zh
    ? `${stack}：审批的计划不再适用（状态或程序在审批之后变了），一处也没有改动。不同之处：`
    : `${stack}: the reviewed plan no longer applies (the state or the program moved after approval); nothing was changed. Differences:`;
  const tail = zh
    ? "请重新做审批计划（scripts/provision/preview.sh），审批通过后再实施。带外改动（云上直接改的）请先查明原因。"
    : "Make the plan again (scripts/provision/preview.sh) and implement after it is approved. Find out first why anything was changed out of band.";
  return `${head}\n${reason.differences.map((d) => `  - ${describeDifference(d, lang)}`).join("\n")}\n${tail}\n`;
}
