import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  diskCompileCache,
  memoryCompileCache,
  useDiskCompileCache,
} from "../scripts/adapters/schema-cache.ts";
import { compileCached, useCompileCache } from "../scripts/core/schema/compile.ts";

const schema = { type: "object", properties: { n: { type: "integer", minimum: 1 } }, required: ["n"] };
const options = { name: "cache-test", ajv: { strict: true, allErrors: true } };
const dir = mkdtempSync(join(tmpdir(), "govcloud-compile-cache-"));

afterEach(() => useDiskCompileCache());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("schema compile cache", () => {
  it("compiles without a cache and stores nothing", () => {
    useCompileCache(undefined);
    const validate = compileCached(schema, options);
    expect(validate({ n: 2 })).toBe(true);
    expect(validate({ n: 0 })).toBe(false);
  });

  it("stores the standalone code once and loads it back (in-memory fake)", () => {
    const cache = memoryCompileCache();
    useCompileCache(cache);
    const first = compileCached(schema, options);
    expect([...cache.stored.keys()]).toEqual([expect.stringMatching(/^cache-test-[0-9a-f]{20}$/)]);
    const second = compileCached(schema, options);
    expect(second).not.toBe(first);
    expect(second({ n: 2 })).toBe(true);
    expect(second({ n: 0 })).toBe(false);
    expect(cache.stored.size).toBe(1);
  });

  it("writes one .cjs file per key on disk and reads it back", () => {
    useCompileCache(diskCompileCache(dir));
    compileCached(schema, options);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^cache-test-[0-9a-f]{20}\.cjs$/)]);
    const loaded = compileCached(schema, options);
    expect(loaded({ n: 0 })).toBe(false);
    expect(loaded({ n: 3 })).toBe(true);
  });
});
