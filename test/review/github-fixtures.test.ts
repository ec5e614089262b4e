import { describe, expect, it } from "vitest";
import { webhookFixture } from "../helpers/github-server.ts";

/** 两个对象的不同之处（JSON Pointer 列表）。 */
function differences(a: unknown, b: unknown, path = ""): string[] {
  if (a === b) return [];
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return [path];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`),
  );
}

describe("derived webhook fixtures change only the fields that differ", () => {
  it.each([
    ["pull_request_review.submitted.approved", "pull_request_review.submitted", ["/review/state"]],
    [
      "pull_request.closed.merged",
      "pull_request.closed",
      ["/pull_request/merged", "/pull_request/merged_at", "/pull_request/merged_by"],
    ],
  ])("%s is %s with %j changed", (derived, source, fields) => {
    expect(differences(webhookFixture(source), webhookFixture(derived)).sort()).toEqual([...fields].sort());
  });
});
