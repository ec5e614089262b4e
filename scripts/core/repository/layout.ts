import { type Text, text } from "../text.ts";

/**
 * 仓库布局：
 *   requests/<单位>/unit.yaml                 使用单位登记
 *   requests/<单位>/<系统>/system.yaml        信息系统登记
 *   requests/<单位>/<系统>/<申请>.yaml         申请（一份申请一个文件）
 *   requests/<单位>/<系统>/deliveries/<序号>.yaml  交付记录（发放流水线写入）
 *   requests/<单位>/<系统>/postponements/<序号>.yaml  实施延期记录（提供商工程师写；govcloud schedule 读取与校验）
 *   requests/<单位>/<系统>/attachments/…      截图、架构图等附件（不作为 YAML 文档加载）
 *   requests/<单位>/attachments/…             授权委托书扫描件等
 */
export const requestsDir = "requests";
export const folderPattern = /^[a-z][a-z0-9-]{0,63}$/;

export type Place =
  | { kind: "unit"; unit: string }
  | { kind: "system"; unit: string; system: string }
  | { kind: "application"; unit: string; system: string }
  | { kind: "delivery"; unit: string; system: string }
  | { kind: "ignored" }
  | { kind: "misplaced"; why: Text };

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** 由仓库内相对路径（POSIX）判断文件的类别。 */
export function classify(path: string): Place {
  const parts = path.split("/");
  if (parts[0] !== requestsDir) return { kind: "ignored" };
  const rest = parts.slice(1);
  const name = rest[rest.length - 1] ?? "";
  if (rest.includes("attachments")) return { kind: "ignored" };
  if (!isYaml(name)) return { kind: "ignored" };
  const badFolder = rest.slice(0, -1).find((f) => !folderPattern.test(f));
  if (badFolder !== undefined) {
    return {
      kind: "misplaced",
      why: text(
        `目录名 ${badFolder} 不合规：单位和系统目录名只用小写字母、数字和连字符，以字母开头（如 sz-edu、student-registry）。中文名称写在 unit.yaml / system.yaml 的 name 字段里。`,
        `Folder name ${badFolder} is not allowed: unit and system folders use lower-case letters, digits and hyphens, starting with a letter (like sz-edu). The Chinese name goes into the name field of unit.yaml / system.yaml.`,
      ),
    };
  }
  if (rest.length === 2 && name === "unit.yaml") return { kind: "unit", unit: rest[0] as string };
  if (rest.length === 3 && name === "system.yaml")
    return { kind: "system", unit: rest[0] as string, system: rest[1] as string };
  if (rest.length === 3) return { kind: "application", unit: rest[0] as string, system: rest[1] as string };
  // 延期记录不是申请文档：由 govcloud schedule 按 schemas/postponement.schema.json 读取与校验
  if (rest.length === 4 && rest[2] === "postponements") return { kind: "ignored" };
  if (rest.length === 4 && rest[2] === "deliveries")
    return { kind: "delivery", unit: rest[0] as string, system: rest[1] as string };
  const layout = text(
    "文件放错了位置。布局是：requests/<单位>/unit.yaml、requests/<单位>/<系统>/system.yaml、requests/<单位>/<系统>/<申请>.yaml。",
    "The file is in the wrong place. The layout is requests/<unit>/unit.yaml, requests/<unit>/<system>/system.yaml, requests/<unit>/<system>/<application>.yaml.",
  );
  if (rest.length === 1)
    return {
      kind: "misplaced",
      why: text(
        `${layout.zh}这个文件直接放在 requests/ 下，请移到对应的单位和系统目录中。`,
        `${layout.en} This file sits directly in requests/: move it into its unit and system folder.`,
      ),
    };
  if (rest.length === 2)
    return {
      kind: "misplaced",
      why: text(
        `${layout.zh}单位目录下只放 unit.yaml；申请请放到系统目录 requests/${rest[0]}/<系统>/ 中。`,
        `${layout.en} A unit folder holds only unit.yaml; put applications into a system folder requests/${rest[0]}/<system>/.`,
      ),
    };
  return {
    kind: "misplaced",
    why: text(
      `${layout.zh}这个文件嵌套太深，请移到 requests/${rest[0]}/${rest[1]}/ 中。`,
      `${layout.en} This file is nested too deep: move it into requests/${rest[0]}/${rest[1]}/.`,
    ),
  };
}
