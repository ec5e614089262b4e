import yaml from "js-yaml";

/**
 * 数字只认十进制整数与普通小数（8、-3、0.5）。YAML 的其余数字写法——十六进制 0x8、八进制 0o10、
 * 前导零 010（YAML 1.1 读作八进制）、二进制 0b101、科学计数 1e3、下划线 1_000、.inf、.nan、
 * 正号 +5、5.——在不同的 YAML 版本与库里读法不一（js-yaml 把 0b101 读作 5，yaml 库读作字符串；
 * +.5 正相反），看的人也容易误读，一律作为“数字写法”报告。
 *
 * 快速路径（js-yaml）用下面的 schema：这些写法解析成 NumberForm，由 inspectTree 报告并换回
 * YAML 1.2 core schema 原本给出的值（这样 schema 校验照常进行，不会因为写法再报一次类型错误）。
 * 引号里的 "0x8" 始终是字符串。
 */
export class NumberForm {
  /** 在映射的键里时（js-yaml 用 String() 得到键名）按原文作键名，与 yaml 库定位时一致 */
  get [Symbol.toStringTag]() {
    return "NumberForm";
  }

  constructor(
    /** 原文 */
    readonly source: string,
    /** YAML 1.2 core schema 下的值（数字，或 js-yaml 本就读作字符串的写法时为原文） */
    readonly value: number | string,
  ) {}

  toString(): string {
    return this.source;
  }
}

const decimalInteger = /^-?(?:0|[1-9][0-9]*)$/;
const decimalFraction = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;
/** 任一 YAML 版本可能读作数字的写法（含 1.1 的下划线与前导零、二进制；不含 60 进制的 1:20） */
const numberLike =
  /^[-+]?(?:0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** js-yaml 导出的内置类型（@types/js-yaml 没有声明 `types`）。 */
const builtin = (yaml as unknown as { types: Record<"null" | "bool", yaml.Type> }).types;

/** YAML 1.2 core schema 下这段原文的值（只在遇到非十进制写法时才算，不在热路径上）。 */
const coreValue = (source: string): number | string => {
  const value: unknown = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  return typeof value === "number" ? value : source;
};

const integerType = new yaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && decimalInteger.test(data),
  construct: (data: string) => Number(data),
});

const floatType = new yaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && decimalFraction.test(data),
  construct: (data: string) => Number(data),
});

const numberFormType = new yaml.Type("tag:govcloud,2026:number-form", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && numberLike.test(data),
  construct: (data: string) => new NumberForm(data, coreValue(data)),
});

/** 加载申请用的 schema：YAML 1.2 core 的 null 与布尔，十进制数字，其余数字写法为 NumberForm。 */
export const loadSchema = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtin.null, builtin.bool, integerType, floatType, numberFormType],
});
