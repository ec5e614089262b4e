import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { main } from "../scripts/cli/main.ts";
import { repoRoot } from "./helpers/repo.ts";

it("README shows the real output of the failing examples", async () => {
  let stdout = "";
  const code = await main(
    ["validate", "--root", "test/fixtures/failing-examples", "--now", "2026-11-25", "--no-color"],
    {
      stdout: (s) => {
        stdout += s;
      },
      stderr: () => {},
      cwd: repoRoot,
      colorDefault: false,
    },
  );
  expect(code).toBe(1);
  const rules = [...stdout.matchAll(/\[(shenzhen\/[a-z-]+)\]/g)].map((m) => m[1]);
  expect(new Set(rules)).toEqual(
    new Set([
      "shenzhen/utilization-cpu-scale-up",
      "shenzhen/utilization-memory-scale-up",
      "shenzhen/port-rdp",
      "shenzhen/test-total-period",
    ]),
  );
  const readme = readFileSync(`${repoRoot}/README.md`, "utf8");
  const block = /<!-- failing:start -->\n```\n([\s\S]*?)\n```\n<!-- failing:end -->/.exec(readme)?.[1];
  expect(block).toBe(stdout.trimEnd());
});
