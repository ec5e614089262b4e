/**
 * 延期记录（requests/<单位>/<系统>/postponements/<申请序号>.yaml）：读取、按 schemas/postponement.schema.json
 * 校验，再核对它与申请是否相符。纯函数：输入是文件名、文本与这个系统的申请。
 */
import yaml from "js-yaml";
// 打包时内联（scripts/dist 中没有相对的 schemas/ 路径可 require）
import postponementSchema from "../../../schemas/postponement.schema.json" with { type: "json" };
import { SourcePositions } from "../load/positions.ts";
import type { Application, Loaded } from "../model.ts";
import type { RepoFs } from "../repository/fs.ts";
import { systemKey } from "../repository/keys.ts";
import { requestsDir } from "../repository/layout.ts";
import { compileCached } from "../schema/compile.ts";
import { type Text, text } from "../text.ts";
import { type PostponementRecord, shutdownDateOf } from "./schedule.ts";

/** 延期记录的问题：文件、行、列与说明。 */
export interface PostponementProblem {
  file: string;
  line: number;
  column: number;
  message: Text;
}

export const postponementsDir = "postponements";

let validator: ReturnType<typeof compileCached> | undefined;
const getValidator = () => {
  validator ??= compileCached(postponementSchema as object, {
    name: "postponement",
    ajv: { strict: true, allErrors: true },
  });
  return validator;
};

const realDate = (d: string) =>
  !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** 解析并核对一个延期记录；有问题时 record 为 undefined。 */
export function parsePostponement(
  file: string,
  source: string,
  applications: readonly Loaded<Application>[],
): { record?: PostponementRecord; problems: PostponementProblem[] } {
  const at = (path: string, message: Text, atKey = false): PostponementProblem => {
    const { line, column } = new SourcePositions(source).locate(path, atKey);
    return { file, line, column, message };
  };
  let raw: unknown;
  try {
    raw = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file, json: false });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      problems: [
        {
          file,
          line: (mark?.line ?? 0) + 1,
          column: (mark?.column ?? 0) + 1,
          message: text(`不是合法的 YAML（${reason}）。`, `not valid YAML (${reason}).`),
        },
      ],
    };
  }
  const validate = getValidator();
  if (!validate(raw))
    return {
      problems: (validate.errors ?? []).map((e) => {
        const extra =
          e.keyword === "additionalProperties"
            ? `/${(e.params as { additionalProperty: string }).additionalProperty}`
            : "";
        const path = `${e.instancePath}${extra}`;
        return at(
          path,
          text(
            `${path || "/"} 不符合延期记录的格式（schemas/postponement.schema.json）：${e.message ?? e.keyword}。格式：kind: postponement、application: <申请序号>、postponements: [{date, reason, by, recordedOn}]。`,
            `${path || "/"} does not match the postponement format (schemas/postponement.schema.json): ${e.message ?? e.keyword}. Format: kind: postponement, application: <sequence>, postponements: [{date, reason, by, recordedOn}].`,
          ),
          extra !== "",
        );
      }),
    };
  const record = raw as PostponementRecord;
  const problems: PostponementProblem[] = [];
  const app = applications.find((a) => a.data.sequence === record.application);
  const agreed = app ? shutdownDateOf(app.data) : undefined;
  if (!agreed)
    problems.push(
      at(
        "/application",
        text(
          `本系统没有需要关机的申请 ${record.application}：只有写了 shutdown.required: true 与 shutdown.date 的变更或撤销申请才按关机日实施、才能延期。请写对申请序号。`,
          `This system has no application ${record.application} that needs a shutdown: only change or revocation applications with shutdown.required: true and shutdown.date are applied on their day and can be postponed. Fix the sequence number.`,
        ),
      ),
    );
  let previous = agreed ?? "";
  record.postponements.forEach((p, i) => {
    for (const key of ["date", "recordedOn"] as const)
      if (!realDate(p[key]))
        problems.push(
          at(
            `/postponements/${i}/${key}`,
            text(`${p[key]} 不是有效的日期。`, `${p[key]} is not a valid date.`),
          ),
        );
    if (previous && p.date <= previous)
      problems.push(
        at(
          `/postponements/${i}/date`,
          text(
            `延期后的日期 ${p.date} 须晚于原来的日期 ${previous}（延期只能往后）。`,
            `The postponed date ${p.date} must be later than the previous one, ${previous} (a postponement only moves later).`,
          ),
        ),
      );
    previous = p.date;
  });
  return problems.length > 0 ? { problems } : { record, problems };
}

/** 延期记录的上限：一个小 YAML 文件。 */
const maxBytes = 64 * 1024;

/**
 * 读出所有系统的延期记录（requests/<单位>/<系统>/postponements/*.yaml）。有问题的记录不生效，
 * 它所在的系统列入 invalid：日程把这个系统扣住（不实施），直到记录改正。
 */
export function loadPostponements(
  fs: RepoFs,
  applications: Map<string, Loaded<Application>[]>,
): {
  records: Map<string, Loaded<PostponementRecord>[]>;
  problems: PostponementProblem[];
  invalid: Set<string>;
} {
  const records = new Map<string, Loaded<PostponementRecord>[]>();
  const problems: PostponementProblem[] = [];
  const invalid = new Set<string>();
  for (const u of fs.list(requestsDir).filter((e) => e.dir)) {
    for (const s of fs.list(`${requestsDir}/${u.name}`).filter((e) => e.dir)) {
      const key = systemKey(u.name, s.name);
      const dir = `${requestsDir}/${u.name}/${s.name}/${postponementsDir}`;
      for (const f of fs.list(dir)) {
        const file = `${dir}/${f.name}`;
        const fail = (message: Text) => {
          problems.push({ file, line: 1, column: 1, message });
          invalid.add(key);
        };
        if (f.dir || f.refused) {
          fail(
            text(
              "延期目录中只放 YAML 文件（不放目录、符号链接）。",
              "The postponements folder holds YAML files only (no folders or symbolic links).",
            ),
          );
          continue;
        }
        if (!/\.ya?ml$/i.test(f.name)) continue;
        const read = fs.read(file, maxBytes);
        if (!("bytes" in read)) {
          fail(
            text(
              `读不了这个文件（过大或不是普通文件，上限 ${maxBytes} 字节）。`,
              `Cannot read this file (too large or not a regular file; limit ${maxBytes} bytes).`,
            ),
          );
          continue;
        }
        const parsed = parsePostponement(
          file,
          new TextDecoder().decode(read.bytes),
          applications.get(key) ?? [],
        );
        if (!parsed.record) {
          problems.push(...parsed.problems);
          invalid.add(key);
          continue;
        }
        records.set(key, [...(records.get(key) ?? []), { file, data: parsed.record }]);
      }
    }
  }
  return { records, problems, invalid };
}
