import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * 端到端测试的环境：真实的 Pulumi 引擎（scripts/setup/pulumi.sh 从 Go 模块构建）、OpenStack 提供者
 * （scripts/setup/pulumi-openstack.sh）与 127.0.0.1 上真实的 OpenStack（scripts/setup/openstack.sh，Debian 的包）。
 * 三个脚本都可重复运行：已构建、已启动时几秒内返回。
 *
 * 用已有的云代替本机的 OpenStack：GOVCLOUD_E2E_CLOUDS_YAML=<clouds.yaml> GOVCLOUD_E2E_CLOUD=<条目名>。
 * 测试在一个临时的仓库副本里运行（程序、核心、目录、schema 与测试用的 requests/），不碰本仓库的 requests/。
 */

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** 每次运行的日志与录下的 pulumi 输出（不入库；录制见 GOVCLOUD_E2E_RECORD）。 */
export const artifactsDir = join(repoRoot, ".e2e");

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let seq = 0;

/** 运行命令，日志写到 .e2e/logs/（失败时看得到 pulumi 与提供者说了什么）。 */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; label?: string } = {},
): Promise<Result> {
  const label = options.label ?? [command, ...args].join(" ").slice(0, 60);
  return new Promise((done) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? repoRoot,
        env: options.env ?? process.env,
        encoding: "utf8",
        maxBuffer: 512 * 1024 * 1024,
        timeout: options.timeoutMs ?? 20 * 60_000,
        killSignal: "SIGTERM",
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 124) : 0;
        mkdirSync(join(artifactsDir, "logs"), { recursive: true });
        seq += 1;
        const name = `${String(seq).padStart(2, "0")}-${label.replace(/[^A-Za-z0-9.-]+/g, "_").slice(0, 50)}.log`;
        writeFileSync(
          join(artifactsDir, "logs", name),
          `$ ${command} ${args.join(" ")}\n# exit ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}\n`,
        );
        done({ code, stdout, stderr });
      },
    );
  });
}

/** 运行 f，把用时（秒，一位小数）记到 timings[name]。 */
export async function timeInto<T>(
  timings: Record<string, number>,
  name: string,
  f: () => Promise<T>,
): Promise<T> {
  const t0 = Date.now();
  try {
    return await f();
  } finally {
    timings[name] = Math.round((Date.now() - t0) / 100) / 10;
  }
}

const lastLine = (s: string) => s.trim().split("\n").pop()?.trim() ?? "";

export interface E2eEnv {
  /** 子进程的环境：PATH 上有 pulumi、语言宿主、提供者；本地文件后端；clouds.yaml。 */
  env: NodeJS.ProcessEnv;
  cloudsYaml: string;
  cloud: string;
  /** 临时仓库的根目录。 */
  root: string;
  /** 每一步的耗时（秒），写进 .e2e/timings.json 供 README 引用。 */
  timings: Record<string, number>;
}

async function setupScript(script: string): Promise<string> {
  const r = await run("bash", [join(repoRoot, "scripts/setup", script)], {
    timeoutMs: 60 * 60_000,
    label: script,
  });
  if (r.code !== 0)
    throw new Error(`scripts/setup/${script} 失败（退出码 ${r.code}）：\n${r.stderr.slice(-4000)}`);
  return lastLine(r.stdout);
}

/**
 * 准备工具与云；缺了就说为什么。CI（CI=true）中不许跳过：返回错误让测试失败。
 * 本机 OpenStack 要 root 安装 Debian 包：不是 root 又没给现成的云时，本地跳过。
 */
export async function prepare(): Promise<E2eEnv | { skip: string }> {
  rmSync(join(artifactsDir, "logs"), { recursive: true, force: true });
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, f: () => Promise<T>) => timeInto(timings, name, f);
  let cloudsYaml = process.env.GOVCLOUD_E2E_CLOUDS_YAML ?? "";
  const cloud = process.env.GOVCLOUD_E2E_CLOUD ?? "govcloud-test";
  if (!cloudsYaml && process.getuid?.() !== 0 && process.env.CI !== "true")
    return {
      skip: "本机 OpenStack 要以 root 安装 Debian 包：请以 root 运行，或用 GOVCLOUD_E2E_CLOUDS_YAML 指向现成的云",
    };
  const pulumiBin = await timed("setup: pulumi", () => setupScript("pulumi.sh"));
  const providerBin = await timed("setup: pulumi-openstack", () => setupScript("pulumi-openstack.sh"));
  if (!cloudsYaml) cloudsYaml = await timed("setup: openstack", () => setupScript("openstack.sh"));

  const root = mkdtempSync(join(tmpdir(), "govcloud-e2e-"));
  const home = join(root, ".pulumi-home");
  const state = join(root, ".pulumi-state");
  mkdirSync(home);
  mkdirSync(state);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${pulumiBin}:${providerBin}:${process.env.PATH ?? ""}`,
    PULUMI_HOME: home,
    PULUMI_BACKEND_URL: `file://${state}`,
    PULUMI_CONFIG_PASSPHRASE: "",
    PULUMI_SKIP_UPDATE_CHECK: "1",
    // 插件只从 PATH 取：缺了就失败，不去下载
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "1",
    PULUMI_SKIP_CONFIRMATIONS: "1",
    OS_CLIENT_CONFIG_FILE: cloudsYaml,
    OS_CLOUD: cloud,
    GOVCLOUD_OUT: join(root, "out"),
    NO_COLOR: "1",
  };
  return { env, cloudsYaml, cloud, root, timings };
}

/**
 * 临时仓库：程序、核心、目录、schema 从本仓库复制，node_modules 链接过来；requests/ 只有测试的系统；
 * pulumi/site.yaml 换成测试云的名称。
 */
export function makeRepository(root: string, cloud: string): void {
  for (const d of ["pulumi", "scripts", "catalog", "schemas"])
    cpSync(join(repoRoot, d), join(root, d), {
      recursive: true,
      filter: (src) => !/Pulumi\.[^/]+\.yaml$/.test(src) || src.endsWith("Pulumi.yaml"),
    });
  for (const f of ["package.json", "tsconfig.json"]) cpSync(join(repoRoot, f), join(root, f));
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"), "dir");
  mkdirSync(join(root, "requests"));
  const site = (arch: string) => `  ${arch}:
    region: RegionOne
    cloud: ${cloud}
    network: govnet-x86
    image: govcloud-base-x86
    volumeTypes: { sata: SATA, sas: SAS, ssd: SSD }
    floatingIpPools: { govnet: govnet-ext, public-telecom: public-telecom, public-unicom: public-telecom, public-mobile: public-telecom }
    flavors: {}
`;
  writeFileSync(
    join(root, "pulumi/site.yaml"),
    `# 端到端测试：127.0.0.1 上的 OpenStack（scripts/setup/openstack.sh 建的名称）\nclouds:\n${site("x86")}${site("arm")}`,
  );
}

/** 把测试的申请“合并”进临时仓库（按文件名列出，从 test/e2e/fixtures/requests 复制）。 */
export function merge(root: string, ...files: string[]): void {
  for (const f of files) {
    const from = join(repoRoot, "test/e2e/fixtures/requests", f);
    const to = join(root, "requests", f);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to);
    // 申请引用的截图、架构图在系统目录的 attachments/ 下：随申请一起“合并”（validate 检查它们在）
    const attachments = join(dirname(from), "attachments");
    if (existsSync(attachments)) cpSync(attachments, join(dirname(to), "attachments"), { recursive: true });
  }
}

/** 录下的 pulumi 输出：总写到 .e2e/recorded/；GOVCLOUD_E2E_RECORD=1 时也更新 test/provision/fixtures/recorded/。 */
export function record(name: string, content: string, root: string): void {
  // 本机的路径不进夹具：临时仓库、工具目录（诊断里有 “using pulumi-resource-openstack from $PATH at …”）
  const tools = process.env.GOVCLOUD_TOOLS ?? join(homedir(), ".cache/govcloud-tools");
  // 源码位置经 node_modules 的链接指回本仓库（project:///../../<本仓库>/node_modules/…）
  const replacements: [string, string][] = [
    [root, "<repo>"],
    [tools, "<tools>"],
    [homedir(), "<home>"],
    [repoRoot.replace(/^\/+/, ""), "<govcloud>"],
  ];
  const clean = replacements.reduce((text, [from, to]) => text.split(from).join(to), content);
  for (const dir of [
    join(artifactsDir, "recorded"),
    ...(process.env.GOVCLOUD_E2E_RECORD === "1" ? [join(repoRoot, "test/provision/fixtures/recorded")] : []),
  ]) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), clean);
  }
}

export function cleanup(root: string): void {
  if (process.env.GOVCLOUD_E2E_KEEP === "1") return;
  rmSync(root, { recursive: true, force: true });
}
