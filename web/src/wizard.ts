/**
 * 申请向导：选信息系统与申请类型 → 由 schema 生成的表单 → 边填边用核心校验（与 govcloud validate 相同的
 * 规则、条款与消息）→ 官方表单预览 → 用自己的 GitHub 令牌开拉取请求。变更与撤销从系统现状（折叠）开始：
 * 选了资源，“变更前”就按现状填好。
 */
import { stringify } from "yaml";
import { type Finding, formatCitation } from "../../scripts/core/finding.ts";
import { kindName, type Profile } from "../../scripts/core/profile.ts";
import { branchOf } from "../../scripts/core/scaffold/skeleton.ts";
import type { SystemState } from "../../scripts/core/state/fold.ts";
import { safeUrl } from "./board.ts";
import { h, replace } from "./dom.ts";
import {
  currentState,
  previewForms,
  profileById,
  type Snapshot,
  type SystemEntry,
  schemasOf,
  systemsOf,
  validateDraft,
} from "./engine.ts";
import {
  type GitHubConfig,
  GitHubError,
  GitHubTimeoutError,
  openPullRequest,
  savedToken,
  saveToken,
} from "./github.ts";
import { lang, t } from "./i18n.ts";
import { getAt, resolveRef, type Schema, SchemaForm, setAt } from "./schema-form.ts";

export interface WizardContext {
  snapshot: Snapshot;
  config: GitHubConfig;
  today: string;
}

/** 表单的值 → 文件文本（模式行、说明、YAML）。 */
export function applicationText(profile: string, value: Record<string, unknown>): string {
  return [
    `# yaml-language-server: $schema=../../../schemas/${profile}/application.schema.json`,
    "# 由网站的申请向导生成",
    stringify(value, { lineWidth: 0 }),
  ].join("\n");
}

const severityText = (f: Finding) =>
  f.severity === "error"
    ? t("错误", "Error")
    : f.severity === "warning"
      ? t("警告", "Warning")
      : t("提示", "Note");

/** 发现列表：级别、消息、条款、文件:行:列，以及“转到字段”。 */
function findingList(findings: readonly Finding[], goTo: (f: Finding) => void): HTMLElement {
  if (findings.length === 0)
    return h("p", { class: "ok" }, t("没有发现问题，可以提交。", "No findings: ready to submit."));
  return h(
    "ol",
    { class: "findings" },
    findings.map((f) =>
      h(
        "li",
        { class: f.severity },
        h("strong", {}, severityText(f)),
        " ",
        f.message,
        f.citation ? h("span", { class: "citation" }, ` 〔${formatCitation(f.citation)}〕`) : "",
        h("br"),
        h("code", {}, `${f.file}:${f.line}:${f.column}`),
        f.path ? h("code", {}, ` ${f.path}`) : "",
        " ",
        h("button", { type: "button", class: "link", onclick: () => goTo(f) }, t("转到字段", "Go to field")),
      ),
    ),
  );
}

/** 选了资源之后从现状填入“变更前”（与“变更后”，若还空着）。 */
function fillFromState(state: SystemState | undefined, root: Schema, branch: Schema) {
  return (path: (string | number)[], value: Record<string, unknown>): boolean => {
    if (!state || path.length !== 3 || path[2] !== "resource") return false;
    const list = resolveRef(root, (branch.properties as Schema)?.[String(path[0])]);
    const item = resolveRef(root, list.items);
    const beforeSchema = resolveRef(root, (item.properties as Schema | undefined)?.before);
    if (!beforeSchema.properties) return false;
    const resource = state.resources.get(String(getAt(value, path)));
    if (!resource) return false;
    const before = Object.fromEntries(
      Object.entries(resource.config).filter(([k]) => k in (beforeSchema.properties as Schema)),
    );
    setAt(value, [path[0] as string, path[1] as number, "before"], structuredClone(before));
    if (getAt(value, [path[0] as string, path[1] as number, "after"]) === undefined)
      setAt(value, [path[0] as string, path[1] as number, "after"], structuredClone(before));
    return true;
  };
}

/** 正在写的一份申请：它的文件、表单与文本。 */
interface Draft {
  ctx: WizardContext;
  entry: SystemEntry;
  profile: Profile;
  kind: string;
  path: string;
  form: SchemaForm;
  text(): string;
}

/** “预览官方表单”按钮与预览区：沙箱中的 iframe（不运行脚本，不同源）。 */
function previewPanel(draft: Draft): HTMLElement[] {
  const preview = h("div", { id: "preview" });
  const show = () => {
    const result = previewForms(draft.ctx.snapshot, draft.path, draft.text(), draft.ctx.today);
    if (!result.ok) {
      replace(
        preview,
        h("p", {}, t("先改正错误，才能预览官方表单。", "Fix the errors first to preview the official form.")),
      );
      return;
    }
    replace(
      preview,
      result.html.map((html, i) => {
        const frame = h("iframe", {
          title: t(`官方表单预览 ${i + 1}`, `Official form preview ${i + 1}`),
          sandbox: "",
          class: "form-preview",
        });
        frame.srcdoc = widthsAsAttributes(html);
        return frame;
      }),
    );
  };
  return [
    h(
      "button",
      { type: "button", id: "preview-button", onclick: show },
      t("预览官方表单", "Preview the official form"),
    ),
    preview,
  ];
}

/** 经 GitHub API 开拉取请求：建分支、提交这一个文件、开 PR；结果写进 out。 */
async function submitDraft(draft: Draft, token: string, out: HTMLElement): Promise<boolean> {
  const { entry, kind, path } = draft;
  const title = `${kindName(draft.profile, kind, "zh")}：${entry.systemName}（第 ${entry.nextSequence} 号）`;
  replace(out, h("p", {}, t("正在创建……", "Creating…")));
  try {
    const pull = await openPullRequest(draft.ctx.config, token, {
      branch: `apply/${entry.unit}-${entry.system}-${String(entry.nextSequence).padStart(4, "0")}-${kind}-${Date.now().toString(36)}`,
      title,
      body: `${title}\n\n由网站的申请向导创建；文件：\`${path}\`。`,
      message: title,
      files: [{ path, text: draft.text() }],
    });
    const link = safeUrl(pull.url);
    replace(
      out,
      h(
        "p",
        { class: "ok" },
        t(`已创建拉取请求 #${pull.number}：`, `Pull request #${pull.number} opened: `),
        link ? h("a", { href: link, rel: "noopener noreferrer" }, link) : "",
      ),
    );
    return true;
  } catch (error) {
    const status = error instanceof GitHubError ? ` (HTTP ${error.status})` : "";
    // 超时：请求可能已经做成了一半（分支已建），先去 GitHub 看一眼再重试；其他失败多半是令牌的权限
    const hint =
      error instanceof GitHubTimeoutError
        ? t(
            "分支或文件可能已经建好：请先在 GitHub 上查看，再重试（填写的内容仍在本页）。",
            "The branch or the file may already exist: check on GitHub first, then try again (what you entered is still on this page).",
          )
        : t(
            "检查令牌的权限（contents 与 pull requests 可写）后重试。",
            "Check that the token can write contents and pull requests, then try again.",
          );
    replace(
      out,
      h(
        "p",
        { class: "error", role: "alert" },
        t("创建失败：", "Could not open the pull request: "),
        (error as Error).message,
        status,
        " ",
        hint,
      ),
    );
    return false;
  }
}

/** 令牌输入框与“创建拉取请求”按钮；check() 重新检查并返回是否还有错误。 */
function submitPanel(
  draft: Draft,
  check: () => boolean,
): { elements: HTMLElement[]; submit: HTMLButtonElement } {
  const out = h("div", { id: "submit-result", role: "status", "aria-live": "polite" });
  const token = h("input", {
    id: "token",
    type: "password",
    autocomplete: "off",
    value: savedToken(),
    "aria-describedby": "token-help",
  });
  const submit = h(
    "button",
    { type: "button", id: "submit", class: "primary" },
    t("创建拉取请求", "Open pull request"),
  );
  submit.addEventListener("click", async () => {
    if (check()) return;
    const value = token.value.trim();
    saveToken(value);
    if (!value) {
      replace(out, h("p", { class: "error" }, t("请先填写 GitHub 令牌。", "Enter a GitHub token first.")));
      token.focus();
      return;
    }
    submit.setAttribute("disabled", "");
    if (!(await submitDraft(draft, value, out))) submit.removeAttribute("disabled");
  });
  const elements = [
    h("h3", {}, t("提交", "Submit")),
    h("label", { for: "token" }, t("GitHub 令牌（细粒度）", "GitHub token (fine-grained)")),
    token,
    h(
      "p",
      { class: "help", id: "token-help" },
      t(
        "只保存在本标签页中（sessionStorage），关闭即清除。需要对本仓库 contents 与 pull requests 的写权限。",
        "Kept in this tab only (sessionStorage) and cleared when it closes. Needs write access to contents and pull requests of the repository.",
      ),
    ),
    submit,
    out,
  ];
  return { elements, submit };
}

/** 开始写一份申请：表单（固定字段已填）、边填边检查的结果、生成的文件、预览与提交。 */
function startDraft(
  ctx: WizardContext,
  entry: SystemEntry,
  profile: Profile,
  kind: string,
  formHost: HTMLElement,
  side: HTMLElement,
): void {
  const root = schemasOf(profile).application as Schema;
  const branch = branchOf(root, kind) as Schema | undefined;
  if (!branch) return;
  const path = `requests/${entry.unit}/${entry.system}/${String(entry.nextSequence).padStart(4, "0")}-${kind}.yaml`;
  const state = currentState(ctx.snapshot, entry.unit, entry.system, ctx.today);
  const value: Record<string, unknown> = {
    kind: "application",
    profile: profile.id,
    sequence: entry.nextSequence,
    type: kind,
    date: ctx.today,
    unit: entry.unitName,
    system: entry.systemName,
  };
  const ids = state ? [...state.resources.keys()] : [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const form = new SchemaForm({
    root,
    schema: resolveRef(root, branch),
    value,
    hidden: new Set(Object.keys(value)),
    onChange: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(check, 200);
    },
    suggest: (p) => (p[p.length - 1] === "resource" ? ids : undefined),
    afterInput: fillFromState(state, root, resolveRef(root, branch)),
  });
  const draft: Draft = {
    ctx,
    entry,
    profile,
    kind,
    path,
    form,
    text: () => applicationText(profile.id, form.value),
  };
  const results = h("div", { id: "findings", role: "status", "aria-live": "polite" });
  const yamlView = h("pre", { id: "yaml", tabindex: "0", "aria-label": t("生成的文件", "Generated file") });
  const goTo = (f: Finding) => {
    const id = form.placeOf(f.path);
    const el = id ? document.getElementById(id) : null;
    (el?.matches("fieldset")
      ? el.querySelector<HTMLElement>("input, select, textarea, button")
      : el
    )?.focus();
  };
  /** 检查一次；返回是否有错误 */
  function check(): boolean {
    timer = undefined;
    const findings = validateDraft(ctx.snapshot, path, draft.text(), { today: ctx.today, lang: lang() });
    form.showFindings(findings);
    const errors = findings.filter((f) => f.severity === "error").length;
    const heading = t(
      `检查结果：${errors} 个错误，${findings.length - errors} 个提醒`,
      `Findings: ${errors} errors, ${findings.length - errors} other`,
    );
    replace(results, h("h3", {}, heading), findingList(findings, goTo));
    yamlView.textContent = draft.text();
    submit.toggleAttribute("disabled", errors > 0);
    return errors > 0;
  }
  const { elements, submit } = submitPanel(draft, check);
  replace(
    formHost,
    h("h2", {}, `${kindName(profile, kind, lang())}：${entry.systemName}`),
    h("p", { class: "file" }, t("文件：", "File: "), h("code", {}, path)),
    ids.length > 0
      ? h("p", { class: "help" }, t("系统现有资源：", "Resources in service: "), ids.join("、"))
      : "",
    form.element,
  );
  replace(
    side,
    results,
    h("h3", {}, t("生成的文件", "Generated file")),
    yamlView,
    previewPanel(draft),
    elements,
  );
  check();
}

export function wizardPage(ctx: WizardContext): HTMLElement {
  const systems = systemsOf(ctx.snapshot);
  const formHost = h("div", { class: "form-host" });
  const side = h("aside", { class: "side", "aria-label": t("检查与提交", "Check and submit") });
  let selected: SystemEntry | undefined;
  let kind = "";
  const systemSelect = h(
    "select",
    { id: "pick-system" },
    h("option", { value: "" }, t("（请选择）", "(choose)")),
    systems.map((s, i) => h("option", { value: i }, `${s.unitName} / ${s.systemName}`)),
  );
  const kindSelect = h("select", { id: "pick-kind" });
  const fillKinds = () => {
    const profile = selected ? profileById(selected.profile) : undefined;
    replace(
      kindSelect,
      h("option", { value: "" }, t("（请选择）", "(choose)")),
      Object.keys(profile?.kinds ?? {}).map((k) =>
        h("option", { value: k, selected: k === kind }, `${kindName(profile, k, lang())}（${k}）`),
      ),
    );
  };
  const start = () => {
    replace(formHost);
    replace(side);
    const profile = selected ? profileById(selected.profile) : undefined;
    if (selected && profile && kind) startDraft(ctx, selected, profile, kind, formHost, side);
  };
  systemSelect.addEventListener("change", () => {
    selected = systemSelect.value === "" ? undefined : systems[Number(systemSelect.value)];
    fillKinds();
    start();
  });
  kindSelect.addEventListener("change", () => {
    kind = kindSelect.value;
    start();
  });
  fillKinds();
  const intro = t(
    "选择信息系统与申请类型，按表单填写；检查与 CI 中的 govcloud validate 相同。",
    "Choose the system and the kind of application and fill in the form; the checks are the same as govcloud validate in CI.",
  );
  return h(
    "section",
    { class: "wizard", "aria-labelledby": "wizard-title" },
    h("h1", { id: "wizard-title" }, t("申请向导", "Application wizard")),
    h("p", {}, intro),
    h(
      "div",
      { class: "pickers" },
      h(
        "div",
        { class: "field" },
        h("label", { for: "pick-system" }, t("信息系统", "Information system")),
        systemSelect,
      ),
      h(
        "div",
        { class: "field" },
        h("label", { for: "pick-kind" }, t("申请类型", "Kind of application")),
        kindSelect,
      ),
    ),
    h("div", { class: "columns" }, formHost, side),
  );
}

/** 预览里 <col style="width: N%"> 换成 width 属性：CSP 不放行 style 属性，列宽照样生效。 */
export function widthsAsAttributes(html: string): string {
  return html.replace(/<col style="width: ([0-9.]+)%">/g, '<col width="$1%">');
}
