/**
 * 利用率报告：夜间审计的各单位汇总（`govcloud audit --format json` 的输出，发布为 snapshot/audit.json；
 * 也可以是多次审计的数组，按日期画趋势）。图表是这里生成的 SVG，每张图旁边有同样数字的表格
 * （读屏软件与打印都用得上）；“打印”按钮调用浏览器的打印，打印样式只留正文。
 */
import type { UnitSummary } from "../../scripts/core/audit/types.ts";
import { type Child, h, svg } from "./dom.ts";
import { t } from "./i18n.ts";

/** 审计 JSON 中一个单位的汇总：就是 scripts/core/audit/types.ts 的 UnitSummary（JSON 中原样输出）。 */
export type UnitSummaryJson = UnitSummary;

export interface AuditJson {
  today: string;
  summary: UnitSummaryJson[];
  findings: {
    key: string;
    check: string;
    severity: string;
    title: unknown;
    unit: string;
    unitName?: string;
    systemName?: string;
    resource?: string;
    message: unknown;
    citationText?: string;
  }[];
  notes?: unknown[];
}

/** 文字：JSON 里是一种语言的字符串；旧格式的 {zh, en} 也接受。 */
const textOf = (v: unknown): string =>
  typeof v === "string"
    ? v
    : v && typeof v === "object" && "zh" in v
      ? String((v as { zh: unknown }).zh)
      : "";

const used = (allocated: number, percent: number | undefined) =>
  percent === undefined ? undefined : Math.round((allocated * percent) / 10) / 10;

interface Series {
  name: string;
  cls: string;
  values: (number | undefined)[];
}

/** 分组柱状图：每个类别一组柱子。 */
export function barChart(title: string, categories: string[], series: Series[], unit: string): SVGElement {
  const width = 560;
  const rowHeight = 16 * series.length + 12;
  const left = 150;
  const height = 24 + categories.length * rowHeight;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const scale = (v: number) => ((width - left - 60) * v) / max;
  const bars: Child[] = [];
  categories.forEach((c, i) => {
    const y = 20 + i * rowHeight;
    bars.push(svg("text", { x: left - 6, y: y + rowHeight / 2, "text-anchor": "end" }, c));
    series.forEach((s, j) => {
      const v = s.values[i];
      const by = y + j * 16;
      bars.push(svg("rect", { x: left, y: by, width: Math.max(0, scale(v ?? 0)), height: 12, class: s.cls }));
      bars.push(
        svg("text", { x: left + scale(v ?? 0) + 4, y: by + 10 }, v === undefined ? "—" : `${v} ${unit}`),
      );
    });
  });
  const legend = series.map((s, j) =>
    svg(
      "g",
      {},
      svg("rect", { x: left + j * 140, y: 2, width: 10, height: 10, class: s.cls }),
      svg("text", { x: left + j * 140 + 14, y: 11 }, s.name),
    ),
  );
  return svg(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": title },
    svg("title", {}, title),
    legend,
    bars,
  );
}

/** 折线图：按审计日期的趋势。 */
export function lineChart(title: string, dates: string[], series: Series[]): SVGElement {
  const width = 560;
  const height = 200;
  const pad = { left: 40, right: 20, top: 20, bottom: 30 };
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const x = (i: number) =>
    pad.left + (dates.length <= 1 ? 0 : ((width - pad.left - pad.right) * i) / (dates.length - 1));
  const y = (v: number) => height - pad.bottom - ((height - pad.top - pad.bottom) * v) / max;
  const lines = series.map((s, j) => {
    const points = s.values
      .map((v, i) => (v === undefined ? undefined : `${x(i)},${y(v)}`))
      .filter((p): p is string => p !== undefined);
    return svg(
      "g",
      {},
      svg("polyline", { points: points.join(" "), class: `line ${s.cls}`, fill: "none" }),
      points.map((p) =>
        svg("circle", { cx: p.split(",")[0] ?? 0, cy: p.split(",")[1] ?? 0, r: 3, class: s.cls }),
      ),
      svg("rect", { x: pad.left + j * 160, y: 2, width: 10, height: 10, class: s.cls }),
      svg("text", { x: pad.left + j * 160 + 14, y: 11 }, s.name),
    );
  });
  const labels = dates.map((d, i) => svg("text", { x: x(i), y: height - 10, "text-anchor": "middle" }, d));
  return svg(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": title },
    svg("title", {}, title),
    svg("line", {
      x1: pad.left,
      y1: height - pad.bottom,
      x2: width - pad.right,
      y2: height - pad.bottom,
      class: "axis",
    }),
    svg("text", { x: 4, y: pad.top + 4 }, String(max)),
    lines,
    labels,
  );
}

function dataTable(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return h(
    "table",
    { class: "data" },
    h("caption", {}, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        head.map((c) => h("th", { scope: "col" }, c)),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((r) =>
        h(
          "tr",
          {},
          r.map((c, i) => (i === 0 ? h("th", { scope: "row" }, String(c)) : h("td", {}, String(c)))),
        ),
      ),
    ),
  );
}

function figure(id: string, title: string, chart: SVGElement, table: HTMLElement): HTMLElement {
  return h(
    "figure",
    { id },
    h("figcaption", {}, title),
    chart,
    h("details", {}, h("summary", {}, t("数据表", "Data table")), table),
  );
}

/** 各单位的图表：vCPU 与内存的分配与平均使用、低负载主机、测试资源。 */
function unitCharts(report: AuditJson): HTMLElement[] {
  const units = report.summary;
  const names = units.map((u) => u.unitName ?? u.unit);
  const vcpuTitle = t("vCPU：分配与平均使用（核）", "vCPU: allocated and used on average (cores)");
  const memTitle = t("内存：分配与平均使用（GB）", "Memory: allocated and used on average (GB)");
  const lowTitle = t("低负载云主机（台）", "Low-load hosts");
  const testTitle = t("测试资源（项）", "Test resources");
  const allocated = t("已分配", "allocated");
  const usedName = t("平均使用", "used on average");
  return [
    figure(
      "chart-vcpu",
      vcpuTitle,
      barChart(
        vcpuTitle,
        names,
        [
          { name: allocated, cls: "s1", values: units.map((u) => u.vcpu) },
          { name: usedName, cls: "s2", values: units.map((u) => used(u.vcpu, u.cpuAverage)) },
        ],
        t("核", "cores"),
      ),
      dataTable(
        vcpuTitle,
        [t("单位", "Unit"), allocated, usedName, t("CPU 平均利用率 %", "CPU average %")],
        units.map((u, i) => [
          names[i] as string,
          u.vcpu,
          used(u.vcpu, u.cpuAverage) ?? "—",
          u.cpuAverage ?? "—",
        ]),
      ),
    ),
    figure(
      "chart-memory",
      memTitle,
      barChart(
        memTitle,
        names,
        [
          { name: allocated, cls: "s1", values: units.map((u) => u.memoryGB) },
          { name: usedName, cls: "s2", values: units.map((u) => used(u.memoryGB, u.memoryAverage)) },
        ],
        "GB",
      ),
      dataTable(
        memTitle,
        [t("单位", "Unit"), allocated, usedName, t("内存平均利用率 %", "Memory average %")],
        units.map((u, i) => [
          names[i] as string,
          u.memoryGB,
          used(u.memoryGB, u.memoryAverage) ?? "—",
          u.memoryAverage ?? "—",
        ]),
      ),
    ),
    figure(
      "chart-low-load",
      lowTitle,
      barChart(
        lowTitle,
        names,
        [
          { name: t("云主机", "hosts"), cls: "s1", values: units.map((u) => u.hosts) },
          { name: t("低负载", "low load"), cls: "s3", values: units.map((u) => u.lowLoadHosts) },
        ],
        t("台", ""),
      ),
      dataTable(
        lowTitle,
        [
          t("单位", "Unit"),
          t("云主机", "Hosts"),
          t("有数据", "Measured"),
          t("低负载", "Low load"),
          t("可缩减 vCPU", "Reclaimable vCPU"),
        ],
        units.map((u, i) => [
          names[i] as string,
          u.hosts,
          u.measuredHosts,
          u.lowLoadHosts,
          u.reclaimableVcpu,
        ]),
      ),
    ),
    figure(
      "chart-test",
      testTitle,
      barChart(
        testTitle,
        names,
        [
          { name: t("测试资源", "test resources"), cls: "s1", values: units.map((u) => u.testResources) },
          { name: t("已过期", "expired"), cls: "s3", values: units.map((u) => u.expiredTestResources) },
        ],
        t("项", ""),
      ),
      dataTable(
        testTitle,
        [t("单位", "Unit"), t("测试资源", "Test resources"), t("已过期", "Expired")],
        units.map((u, i) => [names[i] as string, u.testResources, u.expiredTestResources]),
      ),
    ),
  ];
}

function trendChart(history: AuditJson[]): HTMLElement | null {
  if (history.length < 2) return null;
  const title = t("趋势：全部单位的 vCPU（核）", "Trend: vCPU of all units (cores)");
  const dates = history.map((r) => r.today);
  const total = (r: AuditJson) => r.summary.reduce((n, u) => n + u.vcpu, 0);
  const usedTotal = (r: AuditJson) => {
    const values = r.summary.map((u) => used(u.vcpu, u.cpuAverage));
    return values.every((v) => v === undefined)
      ? undefined
      : Math.round(values.reduce<number>((n, v) => n + (v ?? 0), 0) * 10) / 10;
  };
  const series = [
    { name: t("已分配", "allocated"), cls: "s1", values: history.map(total) },
    { name: t("平均使用", "used on average"), cls: "s2", values: history.map(usedTotal) },
  ];
  return figure(
    "chart-trend",
    title,
    lineChart(title, dates, series),
    dataTable(
      title,
      [t("审计日期", "Audit date"), t("已分配", "allocated"), t("平均使用", "used on average")],
      history.map((r) => [r.today, total(r), usedTotal(r) ?? "—"]),
    ),
  );
}

export function reportPage(data: AuditJson | AuditJson[] | null): HTMLElement {
  const page = h("section", { class: "report", "aria-labelledby": "report-title" });
  const title = h("h1", { id: "report-title" }, t("政务云利用率报告", "Government cloud utilization report"));
  const history = (Array.isArray(data) ? data : data ? [data] : [])
    .filter((r) => r && Array.isArray(r.summary))
    .sort((a, b) => (a.today < b.today ? -1 : a.today > b.today ? 1 : 0));
  const latest = history[history.length - 1];
  if (!latest) {
    page.append(title, h("p", {}, t("还没有发布审计报告。", "No audit report has been published yet.")));
    return page;
  }
  const tests = latest.findings.filter((f) => /^test-/.test(f.check));
  page.append(
    title,
    h(
      "p",
      {},
      t(`审计日期：${latest.today}`, `Audit date: ${latest.today}`),
      " ",
      h("button", { type: "button", id: "print", onclick: () => window.print() }, t("打印", "Print")),
    ),
    h("div", { class: "charts" }, unitCharts(latest), trendChart(history)),
    h("h2", {}, t("测试资源到期与过期", "Test resources expiring or expired")),
    tests.length === 0
      ? h("p", {}, t("没有。", "None."))
      : h(
          "ul",
          { id: "test-findings" },
          tests.map((f) =>
            h(
              "li",
              { class: f.severity },
              h("strong", {}, textOf(f.title)),
              " ",
              textOf(f.message),
              f.citationText ? ` 〔${f.citationText}〕` : "",
            ),
          ),
        ),
    (latest.notes ?? []).length > 0
      ? h(
          "ul",
          { class: "notes" },
          (latest.notes ?? []).map((n) => h("li", {}, textOf(n))),
        )
      : "",
  );
  return page;
}
