import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseClock } from "../../scripts/core/clock.ts";
import type { Application, Delivery, Loaded } from "../../scripts/core/model.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { loadPostponements } from "../../scripts/core/schedule/postponement.ts";
import {
  type PostponementRecord,
  parseWindow,
  type ScheduleInput,
  schedule,
} from "../../scripts/core/schedule/schedule.ts";
import { runCli } from "../helpers/cli.ts";
import { fixtureRepo } from "../helpers/repo.ts";
import { changeApp, delivered, portsApp } from "../provision/helpers.ts";

/**
 * 按关机日实施：周一（2026-11-30）合并的主机调整规格，与使用单位约定周四（2026-12-03）关机。
 * 周一到周三不实施，周四北京时间 0:00–6:00 的关机窗口内实施。
 */
const key = "sz-edu/grants-portal";
const resize: Application = {
  ...changeApp(2, [{ resource: "db", before: { vcpu: 4, memoryGB: 8 }, after: { vcpu: 8, memoryGB: 16 } }]),
  date: "2026-11-30",
  ...{ shutdown: { required: true, date: "2026-12-03", noticeDate: "2026-11-30" } },
} as Application;
const loaded = (data: Application): Loaded<Application> => ({
  file: `requests/${key}/${String(data.sequence).padStart(4, "0")}-${data.type}.yaml`,
  data,
});
const ports = portsApp(3, [
  {
    source: "any",
    destination: "web",
    protocol: "tcp",
    ports: 443,
    purpose: "new-service",
    description: "HTTPS",
  },
]);

const input = (over: Partial<ScheduleInput> = {}): ScheduleInput => ({
  applications: new Map([[key, [loaded(resize)]]]),
  deliveries: new Map(),
  postponements: new Map(),
  ...over,
});
const at = (text: string) => {
  const c = parseClock(text);
  if (!c) throw new Error(text);
  return c;
};
const only = (s: ReturnType<typeof schedule>) => {
  expect(s.entries).toHaveLength(1);
  return s.entries[0];
};

describe("按关机日实施（第30条(1)）", () => {
  it.each([
    ["2026-11-30T02:30", "周一", 3],
    ["2026-12-01T02:30", "周二", 2],
    ["2026-12-02T02:30", "周三", 1],
  ])("%s（%s）：等待，合并时的发放跳过这个系统", (now, _, days) => {
    const s = schedule(input(), at(now));
    expect(only(s)).toEqual({
      unit: "sz-edu",
      system: "grants-portal",
      application: 2,
      file: "requests/sz-edu/grants-portal/0002-change.yaml",
      dueDate: "2026-12-03",
      state: "waiting",
      reason: {
        zh: `约定的关机日 2026-12-03，还有 ${days} 天；在当天北京时间 00:00-06:00 的关机窗口内实施`,
        en: `agreed shutdown day 2026-12-03, ${days} day(s) to go; applied in the 00:00-06:00 (Beijing) window that day`,
      },
    });
    expect(s.held).toEqual([key]);
    expect(s.due).toEqual([]);
  });

  it("周四 02:30（北京时间，定时的发放运行）：实施", () => {
    const s = schedule(input(), at("2026-12-03T02:30"));
    expect(only(s)).toMatchObject({ state: "due", dueDate: "2026-12-03" });
    expect(only(s)?.reason.zh).toBe("约定的关机日 2026-12-03；现在在关机窗口 00:00-06:00 内：实施");
    expect(s.due).toEqual([{ unit: "sz-edu", system: "grants-portal", applications: [2] }]);
  });

  it("周四 UTC 18:30 的前一天晚上就是北京时间周四 02:30：按北京时间判断", () => {
    expect(schedule(input(), at("2026-12-02T18:30:00Z")).due).toHaveLength(1);
    expect(schedule(input(), at("2026-12-02T15:59:00Z")).due).toHaveLength(0);
  });

  it("周四 10:00 不在窗口内：等待下一个窗口；错过了的日子说明已过几天", () => {
    expect(only(schedule(input(), at("2026-12-03T10:00")))?.state).toBe("waiting");
    const late = only(schedule(input(), at("2026-12-05T02:30")));
    expect(late).toMatchObject({ state: "due" });
    expect(late?.reason.zh).toBe(
      "约定的关机日 2026-12-03，已过 2 天仍未实施；现在在关机窗口 00:00-06:00 内：实施",
    );
  });

  it("交付记录写回之后：已实施，系统不再被扣住", () => {
    const s = schedule(
      input({ deliveries: new Map([[key, [{ file: "d", data: delivered(2, "2026-12-03") as Delivery }]]]) }),
      at("2026-12-04T02:30"),
    );
    expect(only(s)).toMatchObject({ state: "done" });
    expect([s.held, s.due]).toEqual([[], []]);
  });

  it("同一系统后来合并的申请（不需关机）随它一起在关机日实施", () => {
    const apps = new Map([[key, [loaded(resize), loaded(ports)]]]);
    const monday = schedule(input({ applications: apps }), at("2026-12-01T02:30"));
    expect(monday.entries.map((e) => [e.application, e.state, e.behind])).toEqual([
      [2, "waiting", undefined],
      [3, "waiting", 2],
    ]);
    expect(monday.entries[1]?.reason.zh).toBe(
      "与申请 2 同一系统（同一个 stack），随它在 2026-12-03 一起实施",
    );
    expect(schedule(input({ applications: apps }), at("2026-12-03T02:30")).due).toEqual([
      { unit: "sz-edu", system: "grants-portal", applications: [2, 3] },
    ]);
  });

  it("不需关机的申请合并即发放：不在日程中", () => {
    const s = schedule(input({ applications: new Map([[key, [loaded(ports)]]]) }), at("2026-12-01T02:30"));
    expect([s.entries, s.held]).toEqual([[], []]);
  });

  it("延期：新的日期之前是已延期（写明谁、何时、为什么），到那天的窗口内实施", () => {
    const record: PostponementRecord = {
      kind: "postponement",
      application: 2,
      postponements: [
        { date: "2026-12-10", reason: "期末考试周不能停机", by: "zhang-engineer", recordedOn: "2026-12-02" },
      ],
    };
    const withRecord = input({ postponements: new Map([[key, [{ file: "p", data: record }]]]) });
    const thursday = only(schedule(withRecord, at("2026-12-03T02:30")));
    expect(thursday).toMatchObject({ state: "postponed", dueDate: "2026-12-10" });
    expect(thursday?.reason.zh).toBe(
      "延期到 2026-12-10（zhang-engineer 于 2026-12-02 记录：期末考试周不能停机），还有 7 天；在当天北京时间 00:00-06:00 的关机窗口内实施",
    );
    expect(only(schedule(withRecord, at("2026-12-10T02:30")))).toMatchObject({ state: "due" });
  });

  it("关机窗口可以换（--window）；不合规的窗口不接受", () => {
    const night = parseWindow("22:00-24:00");
    expect(night).toEqual({ from: 1320, to: 1440 });
    expect(only(schedule(input(), at("2026-12-03T23:00"), night))?.state).toBe("due");
    expect(only(schedule(input(), at("2026-12-03T02:30"), night))?.state).toBe("waiting");
    for (const bad of ["06:00-00:00", "25:00-26:00", "0:00-6:00", "00:00-06:00-07:00"])
      expect(parseWindow(bad), bad).toBeUndefined();
  });
});

describe("延期记录的校验", () => {
  const apps = new Map([[key, [loaded(resize)]]]);
  const file = `requests/${key}/postponements/0002.yaml`;
  const check = (source: string) => loadPostponements(memoryFs({ [file]: source }), apps);

  it("合规的记录生效", () => {
    const r = check(
      "kind: postponement\napplication: 2\npostponements:\n  - { date: 2026-12-10, reason: 期末考试周不能停机, by: zhang, recordedOn: 2026-12-02 }\n",
    );
    expect([r.problems, [...r.invalid]]).toEqual([[], []]);
    expect(r.records.get(key)?.[0]?.data.postponements[0]?.date).toBe("2026-12-10");
  });

  it.each([
    [
      "日期没有往后",
      "kind: postponement\napplication: 2\npostponements:\n  - date: 2026-12-01\n    reason: 提前一点\n    by: zhang\n    recordedOn: 2026-11-30\n",
      4,
      "延期后的日期 2026-12-01 须晚于原来的日期 2026-12-03（延期只能往后）。",
    ],
    [
      "申请不需要关机或不存在",
      "kind: postponement\napplication: 7\npostponements:\n  - { date: 2026-12-10, reason: 期末考试周, by: zhang, recordedOn: 2026-12-02 }\n",
      2,
      "本系统没有需要关机的申请 7：",
    ],
    [
      "缺原因",
      "kind: postponement\napplication: 2\npostponements:\n  - date: 2026-12-10\n    by: zhang\n    recordedOn: 2026-12-02\n",
      4,
      "/postponements/0 不符合延期记录的格式",
    ],
    ["不是 YAML", "kind: [", 2, "不是合法的 YAML"],
  ])("%s：文件、行号与说明；这个系统被扣住", (_, source, line, message) => {
    const r = check(source);
    expect(r.problems[0]).toMatchObject({ file, line });
    expect(r.problems[0]?.message.zh).toContain(message);
    expect([...r.invalid]).toEqual([key]);
    const s = schedule(
      { applications: apps, deliveries: new Map(), postponements: r.records, invalid: r.invalid },
      at("2026-12-03T02:30"),
    );
    expect(only(s)?.state).toBe("postponed");
    expect(s.due).toEqual([]);
  });
});

describe("govcloud schedule", () => {
  const dir = fixtureRepo({ prefix: "govcloud-schedule-" });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("JSON：示例仓库中学籍系统的扩容约定 2026-12-05 关机，当天 02:30 实施；延期后不实施", async () => {
    const due = await runCli(["schedule", "--now", "2026-12-05T02:30", "--format", "json"], { cwd: dir });
    expect(due.code, due.stderr).toBe(0);
    const json = JSON.parse(due.stdout) as {
      due: unknown[];
      held: string[];
      entries: { system: string; state: string }[];
    };
    expect(json.due).toEqual([{ unit: "sz-edu", system: "student-registry", applications: [2] }]);
    expect(json.held).toContain("sz-edu/student-registry");

    mkdirSync(join(dir, "requests/sz-edu/student-registry/postponements"), { recursive: true });
    writeFileSync(
      join(dir, "requests/sz-edu/student-registry/postponements/0002.yaml"),
      "kind: postponement\napplication: 2\npostponements:\n  - date: 2026-12-12\n    reason: 使用单位要求改期：学籍年报上报期间不能停机\n    by: li-provider\n    recordedOn: 2026-12-04\n",
    );
    const later = await runCli(["schedule", "--now", "2026-12-05T02:30", "--lang", "en"], { cwd: dir });
    expect(later.code, later.stderr).toBe(0);
    expect(later.stdout).toContain(
      "  postponed 2026-12-12  sz-edu/student-registry application 2：postponed to 2026-12-12 (recorded by li-provider on 2026-12-04: 使用单位要求改期：学籍年报上报期间不能停机), 7 day(s) to go",
    );
    // 延期记录不是申请：govcloud validate 不把它当放错位置的文件
    const validate = await runCli(["validate", "requests/sz-edu/student-registry"], { cwd: dir });
    expect(validate.stdout).not.toContain("postponements");
  });

  it("有问题的延期记录：退出码 1，指出文件与行", async () => {
    writeFileSync(
      join(dir, "requests/sz-edu/student-registry/postponements/0002.yaml"),
      "kind: postponement\napplication: 2\npostponements:\n  - date: 2026-12-12\n    reason: 改期\n    by: li\n    recordedOn: 2026-12-04\n",
    );
    const r = await runCli(["schedule", "--now", "2026-12-05T02:30"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^requests\/sz-edu\/student-registry\/postponements\/0002\.yaml:5:13 错误 \/postponements\/0\/reason 不符合延期记录的格式/,
    );
  });

  it("用法错误：退出码 2", async () => {
    const r = await runCli(["schedule", "--window", "6-0"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--window 应为北京时间的 HH:MM-HH:MM");
  });
});
