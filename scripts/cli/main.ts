import type { Lang } from "../core/text.ts";
import { asksForHelp, type CommandName, commandHelp, isCommandName, topHelp } from "./commands.ts";
import { type Io, langOfArgv, processIo, UsageError } from "./options.ts";

export type { Io } from "./options.ts";

type Runner = (args: string[], io: Io) => Promise<number> | number;

/**
 * 每个命令的实现，按需载入：`govcloud help` 与每个命令只载入自己用到的模块（构建产物按命令分块）。
 * 名称、说明与选项在 commands.ts。
 */
const runners: Record<CommandName, () => Promise<Runner>> = {
  new: async () => (await import("./new.ts")).runNew,
  validate: async () => (await import("./validate.ts")).runValidate,
  schemas: async () => (await import("./validate.ts")).runSchemas,
  rules: async () => (await import("./validate.ts")).runRules,
  stage: async () => (await import("./stage.ts")).runStage,
  render: async () => (await import("./render.ts")).runRender,
  report: async () => (await import("./report.ts")).runReport,
  plan: async () => (await import("./provision.ts")).runPlan,
  deliver: async () => (await import("./provision.ts")).runDeliver,
  drift: async () => (await import("./provision.ts")).runDrift,
  checklist: async () => (await import("./provision.ts")).runChecklist,
  audit: async () => (await import("./audit.ts")).runAudit,
  calendar: async () => (await import("./calendar.ts")).runCalendar,
  notify: async () => (await import("./notify.ts")).runNotify,
  drafts: async () => (await import("./drafts.ts")).runDrafts,
  annual: async () => (await import("./annual.ts")).runAnnual,
  schedule: async () => (await import("./schedule.ts")).runSchedule,
  "saved-plan": async () => (await import("./saved-plan.ts")).runSavedPlan,
};

/** CLI 入口：返回退出码，从不抛出。 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let lang: Lang = langOfArgv(argv);
  try {
    // `report annual` 是年度报告（命令 annual）：同一个实现、同一份帮助
    const [command, ...rest] =
      argv[0] === "report" && argv[1] === "annual" ? ["annual", ...argv.slice(2)] : argv;
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      const topic = command === "help" ? rest[0] : undefined;
      if (topic !== undefined && isCommandName(topic)) io.stdout(commandHelp(topic, lang, rest[1]));
      else io.stdout(topHelp(lang));
      return command === undefined ? 2 : 0;
    }
    if (!isCommandName(command)) throw new UsageError(`未知命令 ${command}。`, `Unknown command ${command}.`);
    if (asksForHelp(rest)) {
      io.stdout(
        commandHelp(
          command,
          lang,
          rest.find((a) => !a.startsWith("-")),
        ),
      );
      return 0;
    }
    // schema 编译缓存（含随构建发布的预编译校验函数）：帮助用不着，命令运行前才装上
    (await import("../adapters/schema-cache.ts")).useDiskCompileCache();
    return await (await runners[command]())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `govcloud: ${error[lang]}\n${lang === "zh" ? "运行 govcloud help 查看用法。" : "Run govcloud help for usage."}\n`,
      );
      return 2;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`govcloud: ${error.message}\n`);
      return 2;
    }
    lang = lang ?? "zh";
    io.stderr(
      `govcloud: ${lang === "zh" ? "内部故障（这不是申请的问题，请把以下信息报告给维护人员）" : "internal failure (not a problem of the application; report this to the maintainers)"}: ${
        error instanceof Error ? (process.env.GOVCLOUD_DEBUG ? error.stack : error.message) : String(error)
      }\n`,
    );
    return 2;
  }
}
