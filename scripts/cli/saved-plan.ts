/**
 * govcloud saved-plan：审批时保存的 Pulumi 更新计划（scripts/provision/preview.sh 写出，up.sh --plan 使用）。
 *   show     阶段评论中的审批计划一节（sha256 与要做的改动）
 *   verify   计划文件的 sha256 与审批时记录的是否一致
 *   compare  审批的计划与实施前重新做出的计划逐项比对；不同则拒绝（退出码 1）
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { inlineText } from "../core/markup.ts";
import {
  comparePlans,
  describeDifference,
  isPlanParseError,
  parseSavedPlan,
  plannedChanges,
  renderPlanMarkdown,
  renderRefusal,
  type SavedPlan,
} from "../core/provision/saved-plan.ts";
import type { Lang } from "../core/text.ts";
import { type Io, parseLang, UsageError } from "./options.ts";

export const savedPlanUsage = {
  zh: `govcloud saved-plan show --plan <文件> --stack <stack> [--artifact <名称>] [--run <运行号>] [--format markdown|json] [--lang zh|en]
                          阶段评论中的审批计划一节：计划文件的 sha256 与要做的改动
govcloud saved-plan verify --plan <文件> --sha256 <十六进制>
                          计划文件是否就是审批的那份（退出码 0 是，1 不是）
govcloud saved-plan compare --reviewed <文件> --current <文件> --stack <stack> [--format text|markdown|json] [--lang zh|en]
                          审批的计划是否仍然适用：与实施前重新做出的计划逐项比对（退出码 0 适用，1 不再适用，2 故障）`,
  en: `govcloud saved-plan show --plan <file> --stack <stack> [--artifact <name>] [--run <run id>] [--format markdown|json] [--lang zh|en]
                          the reviewed-plan part of the stage comment: the plan file's sha256 and the changes
govcloud saved-plan verify --plan <file> --sha256 <hex>
                          whether the plan file is the reviewed one (exit 0 yes, 1 no)
govcloud saved-plan compare --reviewed <file> --current <file> --stack <stack> [--format text|markdown|json] [--lang zh|en]
                          whether the reviewed plan still applies, compared item by item with a fresh plan (exit 0 applies, 1 no longer applies, 2 failure)`,
};

/** 文件的 sha256（十六进制）。 */
export const sha256Of = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

function readPlanFile(io: Io, file: string | undefined, option: string): { bytes: Buffer; plan: SavedPlan } {
  if (!file) throw new UsageError(`缺少 ${option} <计划文件>。`, `${option} <plan file> is required.`);
  const path = resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(
      `读不到计划文件 ${file}：${e instanceof Error ? e.message : String(e)}`,
      `Cannot read the plan file ${file}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const plan = parseSavedPlan(bytes.toString("utf8"));
  if (isPlanParseError(plan))
    throw new UsageError(
      `${file} 不是 Pulumi 更新计划（${plan.error}）。计划由 scripts/provision/preview.sh 写出。`,
      `${file} is not a Pulumi update plan (${plan.error}). Plans are written by scripts/provision/preview.sh.`,
    );
  return { bytes, plan };
}

const stackOption = (value: string | undefined): string => {
  if (!value || !/^[A-Za-z0-9._-]{1,200}$/.test(value))
    throw new UsageError(
      "--stack <stack> 必填，只用字母、数字、点、连字符与下划线（如 sz-edu.student-registry）。",
      "--stack <stack> is required: letters, digits, dots, hyphens and underscores (like sz-edu.student-registry).",
    );
  return value;
};

function runShow(args: string[], io: Io, lang: Lang): number {
  const { values } = parseArgs({
    args,
    options: {
      plan: { type: "string" },
      stack: { type: "string" },
      artifact: { type: "string" },
      run: { type: "string" },
      format: { type: "string", default: "markdown" },
      lang: { type: "string" },
    },
  });
  const { bytes, plan } = readPlanFile(io, values.plan, "--plan");
  const stack = stackOption(values.stack);
  const sha256 = sha256Of(bytes);
  if (values.format === "json") {
    io.stdout(`${JSON.stringify({ stack, sha256, changes: plannedChanges(plan) }, null, 2)}\n`);
    return 0;
  }
  if (values.format !== "markdown")
    throw new UsageError("--format 只能是 markdown 或 json。", "--format must be markdown or json.");
  io.stdout(
    renderPlanMarkdown(
      plan,
      {
        stack,
        sha256,
        ...(values.artifact ? { artifact: values.artifact } : {}),
        ...(values.run && /^\d{1,20}$/.test(values.run) ? { run: values.run } : {}),
      },
      lang,
    ),
  );
  return 0;
}

function runVerify(args: string[], io: Io, lang: Lang): number {
  const { values } = parseArgs({
    args,
    options: {
      plan: { type: "string" },
      sha256: { type: "string" },
      stack: { type: "string" },
      lang: { type: "string" },
    },
  });
  const expected = (values.sha256 ?? "").trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected))
    throw new UsageError(
      "--sha256 须是 64 位十六进制（审批时记录的计划文件 sha256）。",
      "--sha256 must be 64 hex digits (the plan file's sha256 recorded at approval).",
    );
  const { bytes } = readPlanFile(io, values.plan, "--plan");
  const actual = sha256Of(bytes);
  if (actual === expected) return 0;
  io.stdout(renderRefusal(values.stack ?? values.plan ?? "", { kind: "hash", expected, actual }, lang));
  return 1;
}

function runCompare(args: string[], io: Io, lang: Lang): number {
  const { values } = parseArgs({
    args,
    options: {
      reviewed: { type: "string" },
      current: { type: "string" },
      stack: { type: "string" },
      format: { type: "string", default: "text" },
      lang: { type: "string" },
    },
  });
  const stack = stackOption(values.stack);
  const reviewed = readPlanFile(io, values.reviewed, "--reviewed").plan;
  const current = readPlanFile(io, values.current, "--current").plan;
  const differences = comparePlans(reviewed, current);
  const format = values.format;
  if (format === "json") {
    io.stdout(`${JSON.stringify({ stack, applies: differences.length === 0, differences }, null, 2)}\n`);
  } else if (format === "markdown") {
    if (differences.length > 0) {
      const [head, ...rest] = renderRefusal(stack, { kind: "differences", differences }, lang)
        .trim()
        .split("\n");
      const tail = rest.pop() ?? "";
      io.stdout(
        `${inlineText(head ?? "")}\n\n${differences.map((d) => `- ${inlineText(describeDifference(d, lang))}`).join("\n")}\n\n${inlineText(tail)}\n`,
      );
    }
  } else if (format === "text") {
    if (differences.length > 0) io.stdout(renderRefusal(stack, { kind: "differences", differences }, lang));
  } else
    throw new UsageError(
      "--format 只能是 text、markdown 或 json。",
      "--format must be text, markdown or json.",
    );
  return differences.length === 0 ? 0 : 1;
}

export async function runSavedPlan(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const langAt = rest.indexOf("--lang");
  const lang = parseLang(
    langAt >= 0 ? rest[langAt + 1] : rest.find((a) => a.startsWith("--lang="))?.slice(7),
  );
  switch (sub) {
    case "show":
      return runShow(rest, io, lang);
    case "verify":
      return runVerify(rest, io, lang);
    case "compare":
      return runCompare(rest, io, lang);
    default:
      throw new UsageError(
        `govcloud saved-plan 的子命令是 show、verify 或 compare，这里是 ${sub ?? "（空）"}。`,
        `govcloud saved-plan takes show, verify or compare, not ${sub ?? "(nothing)"}.`,
      );
  }
}
