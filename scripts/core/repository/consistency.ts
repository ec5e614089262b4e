import type { ProfileCitation } from "../catalog/types.ts";
import { type Citation, formatCitation } from "../finding.ts";
import type { Problem } from "../load/problem.ts";
import type { Loaded, Unit } from "../model.ts";
import { findProfile, type Profile } from "../profile.ts";
import { quote, text } from "../text.ts";
import type { RepoFs } from "./fs.ts";
import { requestsDir } from "./layout.ts";
import type { Repository } from "./load.ts";
import { citationFor, type RegistryPart } from "./profile.ts";

/**
 * 一处条款：取自文件所属 profile 的 registry 部分，补上 profile 标识（profile 未登记时不引用）。
 * 返回的对象可以直接展开进 Problem。
 */
function citing(
  profiles: readonly Profile[],
  id: string,
  pick: (part: RegistryPart) => ProfileCitation,
): { citation: Citation } | Record<string, never> {
  const part = findProfile(profiles, id)?.registry;
  return part ? { citation: { profile: id, ...pick(part) } } : {};
}

/**
 * 跨文件的一致性：登记文件是否齐全、主管单位是否存在、名称是否与登记一致、申请序号是否唯一。
 * 条文规则（第19条等）在 rules/ 中；这里是让规则能读懂仓库的前提。发现引用的条款取自 profile 的 registry。
 */
export function checkConsistency(repo: Repository, fs: RepoFs, profiles: readonly Profile[]): Problem[] {
  return [
    ...unitProblems(repo.units, fs, profiles),
    ...systemProblems(repo, fs),
    ...applicationProblems(repo, fs, profiles, (m) => unitNameProblem(m, repo.units, profiles)),
  ];
}

/**
 * 一个单位之内就能判断的一致性（系统与申请；按单位分片校验时在工作线程上做，见 validate-shard.ts）。
 * 申请写的单位名称与登记不符时，要在全部单位中查它登记在哪里：这些留给看得到全部单位的一方
 * （unitNameProblem）。全部单位之间的检查是 unitProblems。
 */
export function checkUnitConsistency(
  repo: Repository,
  fs: RepoFs,
  profiles: readonly Profile[],
): { problems: Problem[]; mismatches: UnitNameMismatch[] } {
  const mismatches: UnitNameMismatch[] = [];
  const problems = [
    ...systemProblems(repo, fs),
    ...applicationProblems(repo, fs, profiles, (m) => {
      mismatches.push(m);
      return undefined;
    }),
  ];
  return { problems, mismatches };
}

/** 申请写的单位名称（a.unit）不是所在单位（unitDir）登记的全称。 */
export interface UnitNameMismatch {
  file: string;
  unitDir: string;
  /** 申请写的 */
  written: string;
  /** 所在单位登记的全称 */
  registered: string;
  profile: string;
  type?: string;
}

/** 单位名称不符的问题：写的是另一个已登记单位（文件放错了单位目录），或没写全称。 */
export function unitNameProblem(
  m: UnitNameMismatch,
  units: ReadonlyMap<string, Loaded<Unit>>,
  profiles: readonly Profile[],
): Problem {
  const { file, unitDir, written, registered, profile } = m;
  const elsewhere = [...units].find(([, u]) => u.data.name === written);
  return elsewhere
    ? {
        rule: "registry/unit-folder",
        severity: "error",
        message: text(
          `申请写的单位是 ${quote(written)}，它登记在 requests/${elsewhere[0]}/，而这个文件在 requests/${unitDir}/ 下。请把文件移到 requests/${elsewhere[0]}/ 的系统目录中，或改正单位名称。`,
          `The application names unit ${quote(written)}, registered in requests/${elsewhere[0]}/, but the file is under requests/${unitDir}/. Move it, or correct the unit name.`,
        ),
        file,
        path: "/unit",
      }
    : {
        rule: "registry/unit-name",
        severity: "error",
        message: text(
          `单位名称须填写全称：应为 ${quote(registered)}（见 requests/${unitDir}/unit.yaml），这里是 ${quote(written)}。`,
          `The unit's full name is required: ${quote(registered)} (see requests/${unitDir}/unit.yaml), not ${quote(written)}.`,
        ),
        file,
        path: "/unit",
        ...citing(profiles, profile, (p) => citationFor(p.unitName, m.type)),
      };
}

/** 单位：主管单位存在、不是自己、无环；全称唯一。 */
export function unitProblems(
  units: ReadonlyMap<string, Loaded<Unit>>,
  fs: RepoFs,
  profiles: readonly Profile[],
): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map<string, string>();
  for (const [dir, unit] of [...units].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sup = unit.data.supervisor;
    if (sup !== undefined) {
      if (sup === dir) {
        problems.push({
          rule: "registry/supervisor",
          severity: "error",
          message: text(
            "主管单位不能是本单位自己。没有主管单位时请删除 supervisor。",
            "A unit cannot be its own supervisor. Remove supervisor if there is none.",
          ),
          file: unit.file,
          path: "/supervisor",
        });
      } else if (!units.has(sup) && !fs.exists(`${requestsDir}/${sup}/unit.yaml`)) {
        problems.push({
          rule: "registry/supervisor",
          severity: "error",
          message: text(
            `主管单位 ${quote(sup)} 没有登记：找不到 requests/${sup}/unit.yaml。请先登记主管单位，或改正目录名。`,
            `Supervisor ${quote(sup)} is not registered: requests/${sup}/unit.yaml does not exist. Register it first or correct the folder name.`,
          ),
          file: unit.file,
          path: "/supervisor",
          ...citing(profiles, unit.data.profile, (p) => p.supervisor),
        });
      } else if (units.has(sup)) {
        const seen = new Set([dir]);
        let cur: string | undefined = sup;
        while (cur !== undefined && !seen.has(cur)) {
          seen.add(cur);
          cur = units.get(cur)?.data.supervisor;
        }
        if (cur !== undefined) {
          problems.push({
            rule: "registry/supervisor",
            severity: "error",
            message: text(
              `主管单位关系形成了环（${[...seen].join(" → ")} → ${cur}）。请改正 supervisor。`,
              `The supervisor chain loops (${[...seen].join(" → ")} → ${cur}). Correct supervisor.`,
            ),
            file: unit.file,
            path: "/supervisor",
          });
        }
      }
    }
    const other = byName.get(unit.data.name);
    if (other !== undefined) {
      problems.push({
        rule: "registry/duplicate-unit",
        severity: "error",
        message: text(
          `单位全称 ${quote(unit.data.name)} 已在 requests/${other}/unit.yaml 登记。一个单位只登记一次，请合并到已有目录。`,
          `Unit ${quote(unit.data.name)} is already registered in requests/${other}/unit.yaml. Register a unit once.`,
        ),
        file: unit.file,
        path: "/name",
      });
    } else byName.set(unit.data.name, dir);
  }
  return problems;
}

/** 系统：所在单位已登记；同一单位内系统名称唯一。 */
function systemProblems(repo: Repository, fs: RepoFs): Problem[] {
  const problems: Problem[] = [];
  const systemNames = new Map<string, string>();
  for (const [key, system] of [...repo.systems].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [unitDir] = key.split("/") as [string, string];
    if (!repo.units.has(unitDir) && !fs.exists(`${requestsDir}/${unitDir}/unit.yaml`)) {
      problems.push({
        rule: "registry/missing-unit",
        severity: "error",
        message: text(
          `单位目录 requests/${unitDir}/ 缺少 unit.yaml（单位全称、地址、授权代理人）。请先登记单位。`,
          `Unit folder requests/${unitDir}/ lacks unit.yaml (full name, address, authorized agents). Register the unit first.`,
        ),
        file: system.file,
        path: "",
      });
    }
    const nameKey = `${unitDir}\u0000${system.data.name}`;
    const other = systemNames.get(nameKey);
    if (other !== undefined) {
      problems.push({
        rule: "registry/duplicate-system",
        severity: "error",
        message: text(
          `信息系统 ${quote(system.data.name)} 已在 requests/${other}/system.yaml 登记。同一系统的申请都放在同一个目录里。`,
          `System ${quote(system.data.name)} is already registered in requests/${other}/system.yaml. Keep one system in one folder.`,
        ),
        file: system.file,
        path: "/name",
      });
    } else systemNames.set(nameKey, key);
  }
  return problems;
}

/** 申请：登记齐全、名称一致、序号唯一且连续。 */
function applicationProblems(
  repo: Repository,
  fs: RepoFs,
  profiles: readonly Profile[],
  unitName: (m: UnitNameMismatch) => Problem | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const [key, apps] of repo.headers) {
    const [unitDir] = key.split("/") as [string, string];
    const unit = repo.units.get(unitDir);
    const system = repo.systems.get(key);
    const seq = new Map<number, string>();
    for (const a of apps) {
      const app = a;
      const profile = a.profile;
      if (!system && !fs.exists(`${requestsDir}/${key}/system.yaml`)) {
        problems.push({
          rule: "registry/missing-system",
          severity: "error",
          message: text(
            `系统目录 requests/${key}/ 缺少 system.yaml（系统名称、负责人、技术负责人、云环境、等级保护）。请先登记系统。`,
            `System folder requests/${key}/ lacks system.yaml (name, owner, technical contact, environment, protection level). Register the system first.`,
          ),
          file: app.file,
          path: "",
        });
      }
      if (unit && a.unit !== undefined && a.unit !== unit.data.name) {
        const problem = unitName({
          file: app.file,
          unitDir,
          written: a.unit,
          registered: unit.data.name,
          profile,
          ...(a.type !== undefined ? { type: a.type } : {}),
        });
        if (problem) problems.push(problem);
      }
      if (system && a.system !== undefined && a.system !== system.data.name) {
        const oneSystem = citing(profiles, profile, (p) => p.oneSystem);
        const why = oneSystem.citation ? `（${formatCitation(oneSystem.citation)}）` : "";
        const elsewhere = [...repo.systems].find(
          ([k, s]) => k.startsWith(`${unitDir}/`) && s.data.name === a.system,
        );
        problems.push(
          elsewhere
            ? {
                rule: "registry/system-folder",
                severity: "error",
                message: text(
                  `申请写的系统是 ${quote(a.system)}，它登记在 requests/${elsewhere[0]}/，而这个文件在 requests/${key}/ 下。一份申请只涉及一个系统${why}：请把文件移到 requests/${elsewhere[0]}/。`,
                  `The application names system ${quote(a.system)}, registered in requests/${elsewhere[0]}/, but the file is under requests/${key}/. Move it there.`,
                ),
                file: app.file,
                path: "/system",
                ...oneSystem,
              }
            : {
                rule: "registry/system-name",
                severity: "error",
                message: text(
                  `系统名称须与首次申请时填写的名称完全一致：应为 ${quote(system.data.name)}（见 requests/${key}/system.yaml），这里是 ${quote(a.system)}。`,
                  `The system name must be exactly the one of its first application: ${quote(system.data.name)} (see requests/${key}/system.yaml), not ${quote(a.system)}.`,
                ),
                file: app.file,
                path: "/system",
                ...citing(profiles, profile, (p) => citationFor(p.systemName, a.type)),
              },
        );
      }
      if (a.sequence === undefined) continue;
      const first = seq.get(a.sequence);
      if (first !== undefined) {
        problems.push({
          rule: "registry/sequence",
          severity: "error",
          message: text(
            `申请序号 ${a.sequence} 已被 ${first} 使用。同一系统的申请序号不能重复：请改为 ${Math.max(...seq.keys()) + 1}。`,
            `Sequence ${a.sequence} is already used by ${first}. Use ${Math.max(...seq.keys()) + 1}.`,
          ),
          file: app.file,
          path: "/sequence",
        });
      } else seq.set(a.sequence, app.file);
    }
    // 序号应从 1 起连续：缺号多半是删除了已合并的申请（历史不能改写）或写错了序号
    const numbers = [...seq.keys()].sort((x, y) => x - y);
    const missing = numbers.length
      ? Array.from({ length: numbers[numbers.length - 1] as number }, (_, i) => i + 1).filter(
          (n) => !seq.has(n),
        )
      : [];
    if (missing.length > 0) {
      const after = numbers.find((n) => n > (missing[0] as number)) as number;
      problems.push({
        rule: "registry/sequence-gap",
        severity: "warning",
        message: text(
          `本系统的申请序号缺少 ${missing.join("、")}。已合并的申请不能删除（系统状态由全部申请折叠而来）；若是写错了序号，请把这份申请的 sequence 改为 ${missing[0]}。`,
          `This system's application numbers skip ${missing.join(", ")}. Merged applications are never deleted (the state folds all of them); if the number is a typo, set this application's sequence to ${missing[0]}.`,
        ),
        file: seq.get(after) as string,
        path: "/sequence",
      });
    }
  }
  return problems;
}
