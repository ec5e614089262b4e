import { shenzhenRules } from "./shenzhen/index.ts";
import type { Rule } from "./types.ts";

/** 每个 profile 的规则集（显式登记，`govcloud rules` 列出的就是它）。 */
const registry: Record<string, readonly Rule[]> = {
  shenzhen: shenzhenRules,
};

export function rulesFor(profile: string): readonly Rule[] {
  return registry[profile] ?? [];
}

export function allRules(): { profile: string; rules: readonly Rule[] }[] {
  return Object.entries(registry).map(([profile, rules]) => ({ profile, rules }));
}
