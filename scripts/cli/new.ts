/**
 * govcloud new unit|system|<申请种类>：新建一份文档的骨架（由仓库 profile 的 schema 生成，见 core/scaffold）。
 * 在终端里缺什么问什么（@inquirer/prompts）；脚本里用选项，缺少的值是用法错误。从不覆盖已有文件。
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { load } from "js-yaml";
import { repositoryCatalog, schemaDirectory } from "../adapters/catalog-files.ts";
import { findProfile, type Profile } from "../core/profile.ts";
import { readRepositoryConfig } from "../core/repository/config.ts";
import type { RepoFs } from "../core/repository/fs.ts";
import { folderPattern, requestsDir } from "../core/repository/layout.ts";
import { nextSequence, type ScaffoldTarget, scaffold } from "../core/scaffold/plan.ts";
import type { Lang } from "../core/text.ts";
import { registeredProfiles } from "../profiles/index.ts";
import { cliClock } from "./clock.ts";
import { commandOptions } from "./commands.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";

/** 交互提问（测试可替换）；undefined 表示不提问。 */
export interface Prompter {
  select(message: string, choices: readonly { value: string; name: string }[]): Promise<string>;
  input(message: string, validate: (value: string) => string | true): Promise<string>;
}

/** 用户按 Ctrl-C 或输入结束（EOF）：不是故障，什么都没写。 */
export async function cancellable<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof Error && error.name === "ExitPromptError")
      throw new UsageError("已取消，没有写任何文件。", "Cancelled; nothing was written.");
    throw error;
  }
}

/** 终端里的提问：@inquirer/prompts（只在交互时加载）。 */
export async function terminalPrompter(): Promise<Prompter> {
  const { select, input } = await import("@inquirer/prompts");
  return {
    select: (message, choices) => cancellable(select({ message, choices: [...choices] })),
    input: (message, validate) => cancellable(input({ message, validate })),
  };
}

const textOf = (fs: RepoFs, path: string): string => {
  const r = fs.read(path, 1024 * 1024);
  return "bytes" in r ? new TextDecoder().decode(r.bytes) : "";
};

/** 已有 unit.yaml / system.yaml 中的 name（没有或读不出时 undefined）。 */
function nameIn(fs: RepoFs, path: string): string | undefined {
  if (!fs.exists(path)) return undefined;
  try {
    const data = load(textOf(fs, path));
    const name =
      data !== null && typeof data === "object" ? (data as Record<string, unknown>).name : undefined;
    return typeof name === "string" && name.trim() ? name : undefined;
  } catch {
    return undefined;
  }
}

const checkFolder = (value: string): string | true =>
  folderPattern.test(value)
    ? true
    : "只用小写字母、数字和连字符，以字母开头（如 sz-edu） / lower-case letters, digits, hyphens";

/** 一个值：选项给了就用它，否则在终端里问，都没有就是用法错误。 */
async function ask(
  value: string | undefined,
  prompter: Prompter | undefined,
  question: { flag: string; zh: string; en: string; choices?: readonly { value: string; name: string }[] },
  lang: Lang,
): Promise<string> {
  if (value !== undefined) return value;
  if (prompter === undefined)
    throw new UsageError(
      `缺少 --${question.flag}：${question.zh}。（不在终端里运行时不提问。）`,
      `--${question.flag} is missing: ${question.en}. (No questions outside a terminal.)`,
    );
  const message = lang === "zh" ? question.zh : question.en;
  if (question.choices && question.choices.length > 0) return prompter.select(message, question.choices);
  return prompter.input(message, question.flag === "date" ? () => true : checkFolder);
}

function kindChoices(profile: Profile, lang: Lang) {
  return [
    { value: "unit", name: lang === "zh" ? "unit（使用单位登记）" : "unit (unit registration)" },
    { value: "system", name: lang === "zh" ? "system（信息系统登记）" : "system (system registration)" },
    ...Object.entries(profile.kinds).map(([value, info]) => ({
      value,
      name: `${value}（${info?.name[lang]}）`,
    })),
  ];
}

/** 写成 unit、system 或登记的种类键；也接受种类的中文名称（如 新增、新增申请）。 */
function kindOf(value: string, profile: Profile): string | undefined {
  if (value === "unit" || value === "system" || Object.hasOwn(profile.kinds, value)) return value;
  const found = Object.entries(profile.kinds).find(([, i]) => i?.name.zh === value || i?.short.zh === value);
  return found?.[0];
}

const subfolders = (fs: RepoFs, dir: string) =>
  fs
    .list(dir)
    .filter((e) => e.dir && folderPattern.test(e.name) && e.name !== "attachments" && e.name !== "deliveries")
    .map((e) => ({ value: e.name, name: e.name }));

async function target(
  kind: string,
  values: { unit?: string; system?: string; date?: string },
  fs: RepoFs,
  prompter: Prompter | undefined,
  today: string,
  lang: Lang,
): Promise<ScaffoldTarget> {
  const unit = await ask(
    values.unit,
    prompter,
    {
      flag: "unit",
      zh: "单位目录名（如 sz-edu）",
      en: "unit folder (e.g. sz-edu)",
      choices: kind === "unit" ? [] : subfolders(fs, requestsDir),
    },
    lang,
  );
  if (!folderPattern.test(unit))
    throw new UsageError(
      `--unit ${unit} 不合规：${checkFolder(unit)}。`,
      `--unit ${unit} is not a valid folder name.`,
    );
  if (kind === "unit") return { kind: "unit", unit };
  const system = await ask(
    values.system,
    prompter,
    {
      flag: "system",
      zh: "系统目录名（如 student-registry）",
      en: "system folder (e.g. student-registry)",
      choices: kind === "system" ? [] : subfolders(fs, `${requestsDir}/${unit}`),
    },
    lang,
  );
  if (!folderPattern.test(system))
    throw new UsageError(
      `--system ${system} 不合规：${checkFolder(system)}。`,
      `--system ${system} is not a valid folder name.`,
    );
  if (kind === "system") return { kind: "system", unit, system };
  const date = values.date ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new UsageError(
      `--date 应为日期 YYYY-MM-DD，这里是 ${date}。`,
      `--date must be a date YYYY-MM-DD, not ${date}.`,
    );
  const dir = `${requestsDir}/${unit}/${system}`;
  const files = fs
    .list(dir)
    .filter((e) => !e.dir && /\.ya?ml$/.test(e.name) && e.name !== "system.yaml")
    .map((e) => ({ name: e.name, text: textOf(fs, `${dir}/${e.name}`) }));
  const unitName = nameIn(fs, `${requestsDir}/${unit}/unit.yaml`);
  const systemName = nameIn(fs, `${dir}/system.yaml`);
  return {
    kind: "application",
    unit,
    system,
    type: kind,
    sequence: nextSequence(files),
    date,
    ...(unitName ? { unitName } : {}),
    ...(systemName ? { systemName } : {}),
  };
}

/** govcloud new：0 已写入；用法错误、文件已存在抛出 UsageError（退出码 2）。 */
export async function runNew(args: string[], io: Io, prompterOverride?: Prompter): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: commandOptions("new") });
  const lang = parseLang(values.lang);
  const { root, fs } = repositoryRoot(io, values.root, { orCatalog: true });
  const { today } = cliClock(values.now, io);
  const config = readRepositoryConfig(fs, registeredProfiles);
  const profile = findProfile(registeredProfiles, config.profile);
  if (profile === undefined)
    throw new UsageError(
      "仓库没有可用的规范（govcloud.yaml 的 profile）。",
      "The repository has no usable profile (govcloud.yaml).",
    );
  const interactive = !values.yes && io.interactive === true;
  const prompter = prompterOverride ?? (interactive ? await terminalPrompter() : undefined);
  if (positionals.length > 1)
    throw new UsageError(
      `多余的参数：${positionals.slice(1).join(" ")}。`,
      `Unexpected arguments: ${positionals.slice(1).join(" ")}.`,
    );
  const kindText = await ask(
    positionals[0] ?? values.type,
    prompter,
    { flag: "type", zh: "新建什么", en: "what to create", choices: kindChoices(profile, lang) },
    lang,
  );
  const kind = kindOf(kindText, profile);
  const allowed = ["unit", "system", ...Object.keys(profile.kinds)].join(" | ");
  if (kind === undefined)
    throw new UsageError(
      `不认识的种类 ${kindText}：可以是 ${allowed}（本仓库的规范 ${profile.id} 提供的申请种类）。`,
      `Unknown kind ${kindText}: use ${allowed} (the kinds of the repository's profile ${profile.id}).`,
    );

  const t = await target(kind, values, fs, prompter, today, lang);
  const schemas = profile.schema.build(repositoryCatalog(profile.catalog, root));
  // $schema 的相对路径：从仓库根目录到这个仓库实际所用的 schema（--root 的仓库可能用本工具的）
  const schemaDir = relative(root, schemaDirectory(profile, root)).split(sep).join("/");
  const result = scaffold(t, profile, schemas, schemaDir);
  if (result === undefined)
    throw new UsageError(
      `规范 ${profile.id} 的 schema 没有 ${kind} 这一种申请。`,
      `Profile ${profile.id} has no schema for ${kind}.`,
    );
  if (fs.exists(result.path) || fs.refusal(result.path) !== undefined)
    throw new UsageError(
      `${result.path} 已存在，不覆盖。请直接编辑它，或换一个单位、系统。`,
      `${result.path} exists and is not overwritten. Edit it, or choose another unit or system.`,
    );
  const file = join(root, result.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.text, { flag: "wx" });
  io.stdout(
    lang === "zh"
      ? `已写入 ${result.path}：${result.placeholders.length} 处 ~ 要填写（${result.placeholders.join("、")}）。\n填好后运行 govcloud validate ${result.path}\n`
      : `Wrote ${result.path}: ${result.placeholders.length} placeholders ~ to fill (${result.placeholders.join(", ")}).\nThen run govcloud validate ${result.path}\n`,
  );
  return 0;
}
