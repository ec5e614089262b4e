import type { Catalog } from "../catalog/types.ts";
import { code, md, raw } from "../markup.ts";
import type { Application, Delivery, ResourceConfig } from "../model.ts";
import { kindName, type Profile } from "../profile.ts";
import { describeConfig } from "../report/summary.ts";
import type { ResourceState, SystemState } from "../state/fold.ts";
import { type Text, text } from "../text.ts";
import type { ProvisionPart } from "./profile.ts";
import { manualReason, packagesOf, quantityLabel } from "./services.ts";

/**
 * 交付清单：OpenStack 不能创建的服务（PaaS、安全与密码服务、AI 算力、灾备、须事前沟通的服务……）
 * 由提供商工程师人工开通。合并的 PR 上贴一份 Markdown 清单，一项一个服务（数量与目录条目）；
 * 工程师开通后勾选，并在该项下写交付详情；流水线读回勾选的清单，写成交付记录，状态因此也知道这些服务。
 *
 * 清单的格式（解析只认这些，其余文字随意）：
 *
 *     <!-- govcloud-checklist sz-edu/student-registry#1 -->
 *     - [x] `bastion` 云堡垒机 · 开通 · 1套 · 20 资产 · 目录条目 bastion.20 × 1
 *       - 实例: bastion-1 10.21.3.40 szedu-xj-bastion id=6f1c…
 *       - 地址: https://10.21.3.40
 *       - 备注: 管理员账号已发给技术负责人
 *
 * “实例”一行：先写实例名，再写 IP（第二个 IP 是弹性IP/政务外网IP）、主机名，云上 ID 写成 id=…；
 * 也可以都写成 键=值（ip=、floatingIp=、hostname=、id=）。英文键 instance、endpoint、remark 也认。
 */

export type ChecklistAction = "open" | "change" | "revoke" | "renew";

export interface ChecklistItem {
  resource: string;
  service: string;
  serviceName: string;
  action: ChecklistAction;
  /** 数量、配置、目录条目，一行写完 */
  summary: string;
}

export interface Checklist {
  unit: string;
  system: string;
  systemName: string;
  application: number;
  applicationType: Application["type"];
  items: ChecklistItem[];
}

const actionNames: Record<ChecklistAction, string> = {
  open: "开通",
  change: "变更",
  revoke: "撤销",
  renew: "续期",
};

const manual = (catalog: Catalog, service: string, part?: ProvisionPart) =>
  manualReason(catalog.serviceById.get(service), service, part) !== undefined;

function summaryOf(catalog: Catalog, service: string, config: ResourceConfig): string {
  const parts = [quantityLabel(catalog, service, config.quantity)].filter((p) => p !== "");
  const described = describeConfig(config, catalog.profile.diskTiers);
  if (described) parts.push(described);
  const packages = packagesOf(catalog, service, config);
  if (packages.length > 0) parts.push(`目录条目 ${packages.join("，")}`);
  return parts.join(" · ");
}

/**
 * 一份申请的人工交付项（没有时为空列表）。`before` 是这份申请之前的系统状态；`part` 是 profile 的发放部分
 * （哪些服务由引擎发放，没有时用引擎的默认）。
 */
export function checklistItems(
  application: Application,
  before: SystemState,
  catalog: Catalog,
  part?: ProvisionPart,
): ChecklistItem[] {
  const name = (service: string) => catalog.serviceById.get(service)?.name ?? service;
  const item = (
    r: { id: string; service: string },
    action: ChecklistAction,
    summary: string,
  ): ChecklistItem => ({
    resource: r.id,
    service: r.service,
    serviceName: name(r.service),
    action,
    summary,
  });
  const inService = (id: string): ResourceState | undefined => before.resources.get(id);
  switch (application.type) {
    case "new":
    case "test":
      return application.resources
        .filter((r) => manual(catalog, r.service, part))
        .map((r) => {
          const { id: _id, service: _s, purpose: _p, remark: _r, consultation: _c, ...config } = r;
          return item(r, "open", summaryOf(catalog, r.service, config));
        });
    case "change":
      return application.changes.flatMap((c) => {
        const r = inService(c.resource);
        if (!r || !manual(catalog, r.service, part)) return [];
        const from = describeConfig({ ...r.config, ...c.before });
        const to = summaryOf(catalog, r.service, { ...r.config, ...c.after });
        return [item(r, "change", `${from || "—"} → ${to}`)];
      });
    case "revoke":
      return application.revocations.flatMap((rv) => {
        const r = inService(rv.resource);
        if (!r || !manual(catalog, r.service, part)) return [];
        const data = { "backed-up": "数据已备份", "not-needed": "无需备份", "no-data": "不涉及数据" }[
          rv.dataBackup
        ];
        return [item(r, "revoke", `${summaryOf(catalog, r.service, r.config)} · ${data}`)];
      });
    case "test-renewal":
      return (application.renewals ?? []).flatMap((rn) => {
        const r = inService(rn.resource);
        if (!r || !manual(catalog, r.service, part)) return [];
        return [item(r, "renew", `续期 ${rn.months} 个月`)];
      });
    case "ports":
      return [];
  }
}

const marker = (c: Pick<Checklist, "unit" | "system" | "application">) =>
  `<!-- govcloud-checklist ${c.unit}/${c.system}#${c.application} -->`;

/** 清单的 Markdown（PR 评论）。隐藏标记让流水线找到并识别它；申请种类的简称取自 `profile`。 */
export function renderChecklist(c: Checklist, profile: Profile): string {
  const out = [
    marker(c),
    md`### 交付清单：${c.systemName} · 申请 ${c.application}（${kindName(profile, c.applicationType, "zh", "short")}）`,
    "",
    "以下服务 OpenStack 不能创建，请提供商工程师人工开通（撤销、变更、续期同样），完成后勾选该项，并在它下面写交付详情，每行一项：",
    "`实例: 实例名 IP [弹性IP] [主机名] [id=云上ID]`、`地址: 访问地址`、`备注: 文字`。全部勾选后，流水线据此写入交付记录。",
    "",
  ];
  for (const i of c.items)
    out.push(md`- [ ] ${code(i.resource)} ${i.serviceName} · ${raw(actionNames[i.action])} · ${i.summary}`);
  return `${out.join("\n")}\n`;
}

export interface TickedInstance {
  name: string;
  ip?: string;
  floatingIp?: string;
  hostname?: string;
  cloudId?: string;
}

export interface ParsedItem {
  resource: string;
  checked: boolean;
  action?: ChecklistAction;
  instances: TickedInstance[];
  endpoint?: string;
  remark?: string;
}

export interface ParsedChecklist {
  unit: string;
  system: string;
  application: number;
  items: ParsedItem[];
  /** 看不懂的详情行（行号与内容），报告给工程师改正 */
  problems: { line: number; text: string; why: string }[];
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const keys: Record<string, "instance" | "endpoint" | "remark"> = {
  实例: "instance",
  instance: "instance",
  地址: "endpoint",
  访问地址: "endpoint",
  endpoint: "endpoint",
  备注: "remark",
  remark: "remark",
};
const actionsByName = new Map(Object.entries(actionNames).map(([k, v]) => [v, k as ChecklistAction]));

/** 解析（可能已被勾选、写了详情的）清单；不是清单时返回 undefined。 */
export function parseChecklist(markdown: string): ParsedChecklist | undefined {
  const head = /<!--\s*govcloud-checklist\s+([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)#(\d+)\s*-->/.exec(markdown);
  if (!head) return undefined;
  const items: ParsedItem[] = [];
  const problems: ParsedChecklist["problems"] = [];
  let current: ParsedItem | undefined;
  const lines = markdown.split(/\r\n?|\n/);
  for (const [index, line] of lines.entries()) {
    const top = /^[-*] \[( |x|X)\] `([a-z][a-z0-9-]*)`(.*)$/.exec(line);
    if (top) {
      const action = (top[3] ?? "")
        .split("·")
        .map((s) => s.trim())
        .map((s) => actionsByName.get(s))
        .find((a) => a !== undefined);
      current = {
        resource: top[2] as string,
        checked: top[1] !== " ",
        instances: [],
        ...(action ? { action } : {}),
      };
      items.push(current);
      continue;
    }
    const detail = /^\s{2,}[-*]\s+([^:：]+)[:：]\s*(.*)$/.exec(line);
    if (!detail || !current) {
      if (/^\S/.test(line)) current = undefined; // 顶格的其他文字结束当前项
      continue;
    }
    const key = keys[(detail[1] as string).trim()];
    const value = (detail[2] as string).trim();
    if (!key || value === "") {
      problems.push({
        line: index + 1,
        text: line.trim(),
        why: key ? "没有内容" : "不认识的键（实例、地址、备注）",
      });
      continue;
    }
    if (key === "endpoint") current.endpoint = value;
    else if (key === "remark") current.remark = current.remark ? `${current.remark}；${value}` : value;
    else {
      const instance = parseInstance(value);
      if (typeof instance === "string") problems.push({ line: index + 1, text: line.trim(), why: instance });
      else current.instances.push(instance);
    }
  }
  return {
    unit: head[1] as string,
    system: head[2] as string,
    application: Number(head[3]),
    items,
    problems,
  };
}

/** “实例”一行：实例名在前，其余是 IP、主机名与 键=值。返回错误说明或实例。 */
function parseInstance(value: string): TickedInstance | string {
  const tokens = value.split(/[\s,，]+/).filter((t) => t !== "");
  const [name, ...rest] = tokens;
  if (!name || !/^[a-z][a-z0-9-]{0,62}$/.test(name))
    return "实例名须在最前，只用小写字母、数字与连字符，以字母开头（如 cache-1）";
  const out: TickedInstance = { name };
  for (const t of rest) {
    const kv = /^([A-Za-z]+)=(.+)$/.exec(t);
    if (kv) {
      const k = (kv[1] as string).toLowerCase();
      const v = kv[2] as string;
      if (k === "ip") out.ip = v;
      else if (k === "floatingip" || k === "eip") out.floatingIp = v;
      else if (k === "hostname" || k === "host") out.hostname = v;
      else if (k === "id" || k === "cloudid") out.cloudId = v;
      else return `不认识的 ${k}=（可用 ip=、floatingIp=、hostname=、id=）`;
      continue;
    }
    if (ipv4.test(t)) {
      if (out.ip === undefined) out.ip = t;
      else if (out.floatingIp === undefined) out.floatingIp = t;
      else return `多了一个 IP ${t}`;
    } else if (out.hostname === undefined) out.hostname = t;
    else return `看不懂 ${t}：主机名只能有一个；云上 ID 请写成 id=…`;
  }
  for (const [k, v] of [
    ["ip", out.ip],
    ["floatingIp", out.floatingIp],
  ] as const)
    if (v !== undefined && !ipv4.test(v)) return `${k} ${v} 不是 IPv4 地址`;
  return out;
}

export interface ChecklistDelivery {
  delivery: Delivery;
  /** 未勾选的项 */
  unticked: string[];
}

/**
 * 勾选的清单 → 交付记录（只含清单中的服务；与 Pulumi 写的部分由 mergeDelivery 合并）。
 * 撤销、续期的项勾选后不写资源（撤销的交付日期、续期的到期日由折叠从日期推出）。
 */
export function deliveryFromChecklist(
  parsed: ParsedChecklist,
  options: { date: string; profile: string },
): ChecklistDelivery {
  const unticked = parsed.items.filter((i) => !i.checked).map((i) => i.resource);
  const resources = parsed.items
    .filter((i) => i.checked && (i.action === undefined || i.action === "open" || i.action === "change"))
    .map((i) => ({
      id: i.resource,
      ...(i.instances.length > 0
        ? {
            instances: i.instances.map((x) => ({
              name: x.name,
              ...(x.hostname ? { hostname: x.hostname } : {}),
              ...(x.ip ? { ip: x.ip } : {}),
              ...(x.floatingIp ? { floatingIp: x.floatingIp } : {}),
              ...(x.cloudId ? { cloudId: x.cloudId } : {}),
            })),
          }
        : {}),
      ...(i.endpoint ? { endpoint: i.endpoint } : {}),
      ...(i.remark ? { remark: i.remark } : {}),
    }));
  return {
    delivery: {
      kind: "delivery",
      profile: options.profile,
      application: parsed.application,
      date: options.date,
      ...(resources.length > 0 ? { resources } : {}),
    },
    unticked,
  };
}

// ---------------------------------------------------------------- 谁写了清单评论

/** 评论的作者或编辑者（GitHub GraphQL 的 Actor：`__typename` 与 `login`）。 */
export interface CommentActor {
  login: string;
  /** `User`、`Bot`、`Mannequin`、`Organization`…… */
  type: string;
}

/**
 * 一条 PR 评论（交付清单）及其编辑历史，取自 GitHub GraphQL 的 IssueComment：
 * `author`、`editor`（最后编辑者）、`lastEditedAt`、`userContentEdits`（每次编辑的编辑者与时间）。
 * REST 的评论只有作者，没有编辑者，所以必须用 GraphQL。
 */
export interface ChecklistComment {
  body: string;
  author: CommentActor | null;
  editor: CommentActor | null;
  lastEditedAt: string | null;
  edits: { editor: CommentActor | null; editedAt: string }[];
  /** 编辑历史是否读全（读取期间评论又被编辑、或编辑次数超过上限时为 false） */
  complete: boolean;
}

/** 可信的人：机器人本身（贴清单的账号）与提供商实施工程师（`roles.implementers` 的团队成员与用户）。 */
export interface ChecklistTrust {
  bot: string;
  engineers: ReadonlySet<string>;
}

export type ChecklistRefusal =
  | { code: "author-not-bot"; params: { author: string } }
  | { code: "not-edited"; params: Record<string, never> }
  | { code: "editor-not-engineer"; params: { editor: string } }
  | { code: "earlier-editor-not-engineer"; params: { editor: string; editedAt: string } }
  | { code: "history-incomplete"; params: Record<string, never> };

export type ChecklistVerdict =
  | { accepted: true; editor: string }
  | { accepted: false; refusal: ChecklistRefusal };

/** GraphQL 中机器人的 login 没有 REST 的 `[bot]` 后缀：比较前去掉。 */
const botName = (login: string) => login.toLowerCase().replace(/\[bot\]$/, "");
const actorName = (a: CommentActor | null) => (a ? a.login : "（已删除的账号）");
const isBot = (a: CommentActor | null, trust: ChecklistTrust) =>
  a !== null && a.type === "Bot" && botName(a.login) === botName(trust.bot);
const isEngineer = (a: CommentActor | null, trust: ChecklistTrust) =>
  a !== null && a.type === "User" && trust.engineers.has(a.login.toLowerCase());

/**
 * 清单评论能不能写成交付记录：评论是机器人贴的，最后编辑者是提供商工程师，
 * 而且编辑历史中的每一次编辑都出自机器人或提供商工程师。
 * 评论的作者是机器人不说明正文可信：有仓库写权限的人都能编辑别人的评论，事件里只有作者。
 */
export function checklistCommentVerdict(comment: ChecklistComment, trust: ChecklistTrust): ChecklistVerdict {
  const refuse = (refusal: ChecklistRefusal): ChecklistVerdict => ({ accepted: false, refusal });
  if (!isBot(comment.author, trust))
    return refuse({ code: "author-not-bot", params: { author: actorName(comment.author) } });
  if (comment.editor === null || comment.lastEditedAt === null)
    return refuse({ code: "not-edited", params: {} });
  if (!isEngineer(comment.editor, trust))
    return refuse({ code: "editor-not-engineer", params: { editor: actorName(comment.editor) } });
  if (!comment.complete) return refuse({ code: "history-incomplete", params: {} });
  const newestFirst = [...comment.edits].sort((a, b) => b.editedAt.localeCompare(a.editedAt));
  const newest = newestFirst[0];
  if (newest && !isEngineer(newest.editor, trust))
    return refuse({ code: "editor-not-engineer", params: { editor: actorName(newest.editor) } });
  for (const edit of newestFirst)
    if (!isBot(edit.editor, trust) && !isEngineer(edit.editor, trust))
      return refuse({
        code: "earlier-editor-not-engineer",
        params: { editor: actorName(edit.editor), editedAt: edit.editedAt },
      });
  return { accepted: true, editor: comment.editor.login };
}

/** 拒绝的说明：错在哪、允许什么、怎么办。 */
export function checklistRefusalText(refusal: ChecklistRefusal): Text {
  const manual =
    "请提供商工程师核对清单内容后，在本地运行 govcloud deliver --checklist <文件> 写交付记录，经 PR 合并。";
  const manualEn =
    "A provider engineer should check the checklist and write the delivery record locally with govcloud deliver --checklist <file>, merged through a pull request.";
  switch (refusal.code) {
    case "author-not-bot":
      return text(
        `这条评论由 ${refusal.params.author} 发出，不是机器人贴的交付清单：只认机器人贴出、由提供商工程师勾选的清单。`,
        `This comment was posted by ${refusal.params.author}, not by the bot: only checklists posted by the bot and ticked by a provider engineer are accepted.`,
      );
    case "not-edited":
      return text(
        "这份交付清单没有被编辑过：须由提供商工程师勾选并写交付详情后才写交付记录。",
        "This checklist has not been edited: a provider engineer must tick it and write the details first.",
      );
    case "editor-not-engineer":
      return text(
        `交付清单最后由 ${refusal.params.editor} 编辑，此人不是提供商实施工程师（.github/govcloud-review.yaml 的 roles.implementers）：没有写交付记录。请提供商工程师本人核对并重新保存这条评论。`,
        `The checklist was last edited by ${refusal.params.editor}, who is not a provider engineer (roles.implementers in .github/govcloud-review.yaml): no delivery record was written. A provider engineer should check the comment and save it again.`,
      );
    case "earlier-editor-not-engineer":
      return text(
        `交付清单在 ${refusal.params.editedAt} 被 ${refusal.params.editor} 编辑过，此人不是提供商实施工程师：正文可能含有不是工程师写的交付详情，没有写交付记录。${manual}`,
        `The checklist was edited at ${refusal.params.editedAt} by ${refusal.params.editor}, who is not a provider engineer: the body may contain details no engineer wrote, so no delivery record was written. ${manualEn}`,
      );
    case "history-incomplete":
      return text(
        `读不全这条评论的编辑历史（读取期间又被编辑，或编辑次数过多）：没有写交付记录。稍后重新运行；仍然失败时，${manual}`,
        `The comment's edit history could not be read completely (edited while reading, or too many edits): no delivery record was written. Run again later; if it still fails: ${manualEn}`,
      );
  }
}
