/**
 * 测试用的真实服务器进程（Prometheus、VictoriaMetrics……）：在 127.0.0.1 的空闲端口上启动，等它就绪，
 * 端口被抢先占用时换一个再试；halt() 先 SIGTERM，10 秒不退再 SIGKILL。
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

/** 127.0.0.1 上一个此刻空闲的端口。 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LaunchSpec {
  /** 出错信息里的名称，如 Prometheus */
  name: string;
  command: string;
  /** 给定端口时的命令行参数 */
  args: (port: number) => string[];
  cwd: string;
  /** 就绪检查的路径，如 /-/ready、/health */
  readyPath: string;
  readyTimeoutMs?: number;
}

export interface Launched {
  child: ChildProcess;
  url: string;
}

/** 在空闲端口上启动并等它就绪；没有就绪时带上它最后的日志报错。 */
export async function launchOnFreePort(spec: LaunchSpec): Promise<Launched> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let log = "";
    const child = spawn(spec.command, spec.args(port), {
      cwd: spec.cwd,
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (c: Buffer) => {
      log = (log + c.toString()).slice(-4000);
    });
    const deadline = Date.now() + (spec.readyTimeoutMs ?? 60_000);
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        if ((await fetch(`${url}${spec.readyPath}`)).ok) return { child, url };
      } catch {
        // 还没开始监听
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // 端口被别人抢先占用：换一个端口再试
    if (child.exitCode !== null && /address already in use/.test(log) && attempt < 3) continue;
    child.kill("SIGKILL");
    throw new Error(`${spec.name} 没有就绪：${log}`);
  }
}

/** 停止进程并等它退出。 */
export async function halt(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
