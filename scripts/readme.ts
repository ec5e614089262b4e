/**
 * 更新 README 中由程序生成的部分（规则表）：`npm run readme`。测试会比对，过期时失败。
 */
import { readFileSync, writeFileSync } from "node:fs";
import { renderRules } from "./core/rules/listing.ts";
import { registeredProfiles } from "./profiles/index.ts";

const path = new URL("../README.md", import.meta.url);
export function withRulesTable(readme: string): string {
  return readme.replace(
    /<!-- rules:start -->[\s\S]*<!-- rules:end -->/,
    `<!-- rules:start -->\n\n${renderRules(registeredProfiles, "markdown", "zh")}\n<!-- rules:end -->`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(path, withRulesTable(readFileSync(path, "utf8")));
}
