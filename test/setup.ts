import { afterAll } from "vitest";
import { useDiskCompileCache } from "../scripts/adapters/schema-cache.ts";
import { removeExamplesRepo } from "./helpers/repo.ts";

// 与命令行一样用磁盘上的 schema 编译缓存（核心自己不读写磁盘）：每个测试文件不必重新编译大 schema
useDiskCompileCache();

// examplesRepo() 建的临时仓库：每个测试文件之后删除
afterAll(removeExamplesRepo);
