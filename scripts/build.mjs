// 构建：把命令行与加载工作线程打包成 scripts/dist/ 下的 JavaScript（esbuild，带 source map），
// 运行时不再经 tsx 编译 TypeScript。`npm ci` 的 prepare 会运行它；源码改过之后，scripts/bin/govcloud.js
// 发现 scripts/dist/ 比源码旧就先重新构建（约 1 秒），所以开发时不必记得手动构建。
//
// 产物与源码同在 scripts/ 下一级目录（scripts/dist/），源码里按 import.meta.url 找仓库文件的相对路径
// （../../、../core/forms/templates/）在产物里照样成立。npm 包不打进去（packages: external）。
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const scriptsDir = fileURLToPath(new URL(".", import.meta.url));
export const distDir = join(scriptsDir, "dist");
export const cliBundle = join(distDir, "cli.mjs");
const stampFile = join(distDir, "stamp.json");

const entries = {
  cli: join(scriptsDir, "cli/main.ts"),
  "load-worker": join(scriptsDir, "adapters/load-worker-main.ts"),
  precompile: join(scriptsDir, "adapters/precompile.ts"),
};

/** 参与构建的源码目录（scripts/ 下除 dist、bench、bin 之外），以及预编译的 schema 所依据的服务目录。 */
const sourceDirs = ["cli", "core", "adapters", "profiles", "../catalog"];

/** 源码中最新的修改时间（毫秒）。约 400 个文件，几毫秒。 */
export function newestSource(root = scriptsDir) {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|mts|js|mjs|hbs|json|yaml)$/.test(e.name))
        newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const d of sourceDirs) {
    try {
      walk(join(root, d));
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
  }
  return newest;
}

/** 产物是否存在且不比源码旧。 */
export function isFresh(root = scriptsDir) {
  let built;
  try {
    built = statSync(join(root, "dist", "stamp.json")).mtimeMs;
  } catch {
    return false;
  }
  return built >= newestSource(root);
}

/** 目录下全部文件（按相对路径排序）的路径与内容的 SHA-256。 */
export function outputsDigest(dir) {
  const hash = createHash("sha256");
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  for (const file of files.sort()) {
    const content = readFileSync(join(dir, file));
    hash.update(`${file}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest("hex");
}

/** 构建一次：先写到临时目录再改名，同时运行的两个命令不会读到写了一半的文件。 */
export async function build() {
  const { build: esbuild } = await import("esbuild");
  const staging = `${distDir}.tmp-${process.pid}`;
  try {
    await esbuild({
      entryPoints: entries,
      outdir: staging,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      platform: "node",
      format: "esm",
      // 按命令分块：main.ts 按需载入各命令，help 不载入校验、GitHub、表单等模块
      splitting: true,
      chunkNames: "chunk-[hash]",
      target: "node20",
      packages: "external",
      sourcemap: "linked",
      sourcesContent: false,
      logLevel: "warning",
      legalComments: "none",
    });
    // 预编译 schema 校验函数，随产物发布（scripts/dist/schemas/）
    const { precompile } = await import(pathToFileURL(join(staging, "precompile.mjs")).href);
    precompile(join(staging, "schemas"));
    // 构建标识：全部产物的摘要。校验缓存（docs/validate-cache.md）以它区分代码，代码变了缓存就不再命中
    writeFileSync(join(staging, "build-id.txt"), `${outputsDigest(staging)}\n`);
    writeFileSync(join(staging, "stamp.json"), `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  mkdirSync(dirname(distDir), { recursive: true });
  // 目录改名不能覆盖非空目录：先把旧的挪开
  const old = `${distDir}.old-${process.pid}`;
  try {
    renameSync(distDir, old);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  renameSync(staging, distDir);
  rmSync(old, { recursive: true, force: true });
}

const lockDir = `${distDir}.lock`;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** 安装目录不可写时 mkdir 的错误码 */
const readOnly = new Set(["EACCES", "EPERM", "EROFS"]);

/** 取构建锁（目录，原子地建）；锁存在超过 2 分钟视为上次构建崩溃留下的，清掉重来。 */
function tryLock() {
  try {
    mkdirSync(lockDir);
    return true;
  } catch (error) {
    if (readOnly.has(error.code)) return "read-only";
    if (error.code !== "EEXIST") throw error;
    try {
      if (Date.now() - statSync(lockDir).mtimeMs > 120_000) rmSync(lockDir, { recursive: true, force: true });
    } catch {
      // 锁刚被释放
    }
    return false;
  }
}

/**
 * 产物过期或不存在时构建；返回命令行产物的 URL。同时运行的几个命令只有一个构建，其余等它构建完
 * （构建锁 scripts/dist.lock），不会有两个进程同时替换 scripts/dist/。
 */
export async function ensureBuilt() {
  for (let waited = 0; !isFresh(); waited += 100) {
    const lock = tryLock();
    if (lock === "read-only") return readOnlyInstall();
    if (lock) {
      try {
        if (!isFresh()) await build();
      } finally {
        rmSync(lockDir, { recursive: true, force: true });
      }
      break;
    }
    if (waited > 180_000) throw new Error(`等待构建锁 ${lockDir} 超时：删除它后重试。`);
    await sleep(100);
  }
  return pathToFileURL(cliBundle).href;
}

/**
 * 安装目录只读（如全局安装、只读挂载）而源码比产物新：有产物就用它并提醒，没有就说清楚怎么办并以 2 退出
 * （这是安装的问题，不是用户输入的问题）。
 */
function readOnlyInstall() {
  if (existsSync(cliBundle)) {
    process.stderr.write(
      `提示：${dirname(distDir)} 不可写，无法重新构建；使用已有的构建产物（可能比源码旧）。在可写的副本中运行 npm run build 可更新。\n`,
    );
    return pathToFileURL(cliBundle).href;
  }
  process.stderr.write(
    `错误：没有构建产物 ${cliBundle}，且 ${dirname(distDir)} 不可写，无法构建。请在可写的目录中运行 npm ci（它会构建），或由有写权限的用户运行 npm run build。\n`,
  );
  process.exit(2);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await build();
  process.stdout.write(
    `已构建 ${stampFile.replace(/stamp\.json$/, "")}（cli.mjs、load-worker.mjs、预编译的 schema 校验函数）\n`,
  );
}
