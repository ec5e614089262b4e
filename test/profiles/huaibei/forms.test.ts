import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "../../../scripts/adapters/templates.ts";
import type { FormDocument } from "../../../scripts/core/forms/model.ts";
import { requestNotes } from "../../../scripts/profiles/huaibei/forms/common.ts";
import { exitNotes, exitStatement } from "../../../scripts/profiles/huaibei/forms/exit.ts";
import {
  applicationAttachments,
  applicationForms,
  forms,
} from "../../../scripts/profiles/huaibei/forms/index.ts";
import { securityResponsibility } from "../../../scripts/profiles/huaibei/forms/opening.ts";
import {
  changeApplication,
  changeDelivery,
  context,
  deliveredState,
  exitDelivery,
  hostingApplication,
  newApplication,
  openingDelivery,
  revokeApplication,
  testApplication,
} from "./forms-fixtures.ts";
import * as regulation from "./forms-labels.ts";

/** 每种申请与它的确认（普通对象，见 ./forms-fixtures.ts）。 */
const cases = {
  new: () => applicationForms(context(newApplication, { delivery: openingDelivery })),
  test: () => applicationForms(context(testApplication)),
  hosting: () => applicationForms(context(hostingApplication)),
  change: () =>
    applicationForms(context(changeApplication, { before: deliveredState(), delivery: changeDelivery })),
  revoke: () =>
    applicationForms(context(revokeApplication, { before: deliveredState(), delivery: exitDelivery })),
} as const;

const md = (docs: FormDocument[]) => renderMarkdown(docs);
const only = (docs: FormDocument[], annex: string): string => {
  const doc = docs.find((d) => d.annex === annex);
  if (!doc) throw new Error(`没有${annex}`);
  return renderMarkdown(doc);
};

describe("which forms an application yields (附件1–7)", () => {
  it.each([
    ["new", ["附件1 需求申请表 新建上云", "附件5 开通确认单 开通"]],
    ["test", ["附件1 需求申请表 临时资源"]],
    ["hosting", ["附件2 托管申请表 机房托管"]],
    ["change", ["附件3 变更申请表 变更", "附件6 变更确认单 变更"]],
    ["revoke", ["附件4 退出申请表 业务系统退出", "附件7 退出确认单 业务系统退出"]],
  ] as const)("%s → %j", (name, expected) => {
    expect(cases[name]().map((d) => `${d.annex} ${d.name} ${d.variant}`)).toEqual(expected);
  });

  it("a confirmation form appears only once the delivery record carries the matching confirmation", () => {
    expect(applicationForms(context(newApplication)).map((d) => d.annex)).toEqual(["附件1"]);
    const delivered = { ...openingDelivery, confirmation: undefined };
    expect(applicationForms(context(newApplication, { delivery: delivered })).map((d) => d.annex)).toEqual([
      "附件1",
    ]);
    // 确认的种类与申请不符（变更申请的交付记录写了开通确认）：不出确认单
    expect(
      applicationForms(context(changeApplication, { delivery: openingDelivery })).map((d) => d.annex),
    ).toEqual(["附件3"]);
  });

  it("renewals, port filings and unit registrations have no form of the regulation", () => {
    expect(applicationForms(context({ ...newApplication, type: "test-renewal" }))).toEqual([]);
    expect(applicationForms(context({ ...newApplication, type: "ports" }))).toEqual([]);
    expect(forms.forUnit({ unit: context(newApplication).unit })).toEqual([]);
  });

  it.each(Object.keys(cases) as (keyof typeof cases)[])(
    "%s matches the reviewed Markdown (golden file)",
    async (name) => {
      await expect(md(cases[name]())).toMatchFileSnapshot(`golden/forms-${name}.md.txt`);
    },
  );
});

describe("texts printed verbatim from the regulation", () => {
  it("备注1–3 of 附件1/2, 附件4's confirmation and note, 附件5's 系统安全责任说明", () => {
    expect(requestNotes.items.map((i) => i.text)).toEqual(regulation.requestNotes);
    expect(exitStatement).toBe(regulation.exitStatement);
    expect(exitNotes.items.map((i) => i.text)).toEqual(regulation.exitNotes);
    expect(securityResponsibility).toBe(regulation.securityResponsibility);
  });
});

describe("附件1 需求申请表", () => {
  const text = only(cases.new(), "附件1");

  it("prints ☐ as the form does and ticks exactly the chosen boxes", () => {
    expect(text).toContain("**&#42;系统上云类型**：☑新建上云　☐迁移上云　☐机房托管");
    expect(text).toContain("**&#42;维护单位性质**：☑下属单位/部门　☐委托外包单位");
    expect(text).toContain("☐一级　☐二级　☑三级　☐未定级");
    expect(text).toContain("☑政务外网　☑互联网　☐其他网络");
    expect(text).toContain("☐99%　☑99.9%　☐99.99%　☐其他");
    expect(text).toContain("☐业务生产系统　☐内部办公　☑公众服务　☐门户网站　☐移动APP　☐视频系统　☐其他");
    expect(text).toContain("☑本单位人员　☐本行业人员　☑社会公众　☐其他");
    expect(text).toContain("☐省本级　☐省-市两级　☑省-市-县三级　☐国家-省-市-县四级　☐其他");
    expect(text).toContain("☑电信　☐移动　☐联通");
    expect(text).toContain("☑长期运行　☐临时运行　　个月");
    expect(text).not.toContain("□");
  });

  it("fills counts into the blanks and writes an untiered bandwidth or other product after 其他", () => {
    expect(text).toContain("☑互联网公网地址 2 个<br>☑政务外网业务地址 4 个");
    expect(text).toContain("专线：☐10M　☑20M　☐50M　☐100M　☐其他");
    expect(text).toContain("互联网出口：☐10M　☐20M　☐50M　☐100M　☑其他：30M");
    expect(text).toContain("☑达梦　☐南大通用　☐人大金仓　☐其他");
    expect(text).toContain("☐Weblogic　☐东方通　☑其他：金蝶Apusic");
    expect(text).toContain("☑ 1 个四层云负载均衡　☐　　个七层云负载均衡");
    expect(text).toContain("☑ 1 个机柜　☐　　台1U设备　☑ 3 台2U设备　☐　　台4U设备");
  });

  it("replaces the 示例 rows of 主机资源 with the application's hosts", () => {
    expect(text).not.toContain("示例");
    expect(text).toContain("| 应用服务器 | 8核 | 16GB | 麒麟V10 | 100GB SAS | 500GB SAS | 政务外网区 | 2 |");
    expect(text).toContain(
      "| 数据库服务器 | 16核 | 32GB | 麒麟V10 | 100GB SSD | 1000GB SSD<br>500GB SATA | 政务外网区 | 1 |",
    );
    expect(text).toContain("| 裸金属服务器（中配） | 32核 | 128GB | 统信UOS | 200GB SAS |  | 互联网区 | 1 |");
    expect(text).toContain("☑SATA硬盘（默认）　☑SAS硬盘　☑SSD硬盘　☑对象存储 1000GB");
  });

  it("writes the backup policy sentence and the enhanced security service", () => {
    expect(text).toContain(
      "|  | 本地备份 | 数据库服务器 | 每 1 天一次增量备份，每 7 天一次全量备份，最大保留 30 天 |",
    );
    expect(text).toContain("**增强安全技术服务**：网页防篡改与主机入侵检测");
  });

  it("ends with 其他需求, the stamp block and the three 备注 verbatim", () => {
    expect(text).toContain("## 三、其他需求");
    expect(text).toContain("需要与省教育厅平台对接<br>建设依据：批复的建设方案 淮发改审批〔2026〕12号");
    expect(text).toContain("申请单位名称（盖章）：淮北市教育局<br><br>联系人（签字）：<br><br>2026年11月2日");
    expect(text).toContain("**备注：**");
    expect(text).toContain("1.按照“谁主管谁负责、谁运维谁负责、谁使用谁负责”的管理原则");
    expect(text).toContain("淮北市数据资源管理局在网信部门指导下，会同公安部门加强政务云的安全监督管理。");
    expect(text).toContain(
      "云服务商负责设施层（主要包括采暖、通风、空调、电力、消防和网络通信等）和网络出口安全责任",
    );
    expect(text).toContain("咨询电话3112058、3198190。");
  });

  it("a temporary-resource application (第十八条) ticks 临时运行 with its months and gives its reason", () => {
    const test = md(cases.test());
    expect(test).toContain("☐长期运行　☑临时运行 6 个月");
    expect(test).toContain("（临时资源，第十八条）");
    expect(test).toContain(
      "临时资源原因：省教育厅要求限期上线考试报名<br>临时资源依据：皖教办〔2026〕88号<br>立项：同步推进",
    );
  });
});

describe("注3: a starred item not needed is filled with 0", () => {
  it("0 is written into the blank and the box stays empty", () => {
    const zero = {
      ...newApplication,
      resources: [
        { id: "ip-pub", service: "ip-internet", quantity: 0 },
        { id: "egress", service: "bandwidth-internet", bandwidthMbps: 0 },
        { id: "lb4", service: "slb-l4", quantity: 0 },
      ],
    };
    const text = only(applicationForms(context(zero)), "附件1");
    expect(text).toContain("☐互联网公网地址 0 个<br>☐政务外网业务地址　　个");
    expect(text).toContain("互联网出口：☐10M　☐20M　☐50M　☐100M　☐其他：0M");
    expect(text).toContain("☐ 0 个四层云负载均衡");
  });
});

describe("附件2 需求申请表（托管）", () => {
  const text = md(cases.hosting());

  it("lists the hosted devices and cabinets and the 专线 tier", () => {
    expect(text).toContain("| 政务外网服务器 | 服务器 | 2U | 800W | 政务外网区 | 2 |");
    expect(text).toContain("| 教育专用机柜 | 标准 | 42U | 6kW | 政务外网区 | 1 |");
    expect(text).toContain("**带宽需求**：专线：☐10M　☐20M　☐50M　☑100M　☐其他");
    expect(text).toContain("☐长期运行　☑临时运行 12 个月");
    expect(text).not.toContain("主机资源");
  });
});

describe("附件3 变更申请表 and 附件6 变更确认单", () => {
  const docs = cases.change();
  const request = only(docs, "附件3");
  const confirmation = only(docs, "附件6");

  it("takes the IPs and the unchanged fields from the fold's current state", () => {
    const row =
      "| 10.55.61.115<br>10.55.61.116<br>（应用服务器） | 8核/16GB | 8核/32GB | 100GB | 100GB | 500GB | 800GB | SAS | 内存由16G变更为32G |";
    expect(request).toContain(row);
    expect(confirmation).toContain(row);
  });

  it("circles the carrier, zone and category (the form prints no boxes there)", () => {
    expect(request).toContain("**云服务商**：【电信】　移动　联通　**部署区域**：【政务外网区】　互联网区");
    expect(request).toContain("**变更类型**：【主机】　网络　安全　其他");
    expect(confirmation).toContain("**部署云平台**：【电信云】　移动云　联通云");
    expect(confirmation).toContain("**变更类型**：【主机】　网络　其他");
  });

  it("a security change is circled 其他（安全） on 附件6, which has no 安全", () => {
    const security = applicationForms(
      context(
        { ...changeApplication, category: "security" },
        { before: deliveredState(), delivery: changeDelivery },
      ),
    );
    expect(only(security, "附件3")).toContain("主机　网络　【安全】　其他");
    expect(only(security, "附件6")).toContain("主机　网络　【其他：安全】");
  });

  it("lists other changes, additions and the temporary scale-up period under 2、其他; 附件6 shows the confirmed quantity", () => {
    expect(request).toContain(
      "政务外网业务地址（ip-gov）：数量 4 → 5<br>新增 七层云负载均衡（lb7） ×1<br>需要变更一个主机操作系统<br>临时扩容（第十六条）：2026年12月10日至2027年2月28日",
    );
    expect(confirmation).toContain("政务外网业务地址（ip-gov）：数量 4 → 6");
    expect(confirmation).toContain("**变更时间**：2026年12月4日");
  });

  it("附件3 has the applicant's stamp, 附件6 the three parties'", () => {
    expect(request).toContain(
      "申请单位名称（盖章）：淮北市教育局<br><br>联系人（签字）：<br><br>2026年12月1日",
    );
    expect(confirmation).toContain(
      "使用单位名称（盖章）：<br>淮北市教育局<br><br><br>2026年12月8日　云服务商（盖章）：<br>电信云服务商<br><br><br>2026年12月8日　管理单位（盖章）：<br>淮北市数据资源管理局<br><br><br>2026年12月8日",
    );
  });
});

describe("附件4 退出申请表 and 附件7 退出确认单", () => {
  const docs = cases.revoke();
  const request = only(docs, "附件4");
  const confirmation = only(docs, "附件7");

  it("附件4 carries the unit's confirmation verbatim, the resources with their state and the note", () => {
    expect(request).toContain(`**退出单位确认**：${exitStatement}<br><br>单位签字（盖章）：淮北市教育局`);
    expect(request).toContain("☑业务系统退出　□使用单位退出");
    expect(request).toContain(
      "应用服务器（虚拟机，8核/16GB，IP 10.55.61.115、10.55.61.116）：数据已备份<br>ip-gov（政务外网业务地址，4个）：不涉及数据；地址交回",
    );
    expect(request).toContain("1&#46; 当使用单位信息系统需要退出时，甲方需提交退出申请");
    expect(request).toContain("确保不能以商业市场的技术手段进行数据恢复。");
  });

  it("附件7 ticks 是/否 for the carrier's and the unit's data clearance", () => {
    expect(confirmation).toContain(
      "**云服务商确认**：清除与否：☑是　□否<br>其它说明：已按要求清除并出具证明",
    );
    expect(confirmation).toContain("**使用单位确认**：清除与否：□是　☑否<br>其它说明：待核实");
    const unanswered = applicationForms(
      context(revokeApplication, {
        before: deliveredState(),
        delivery: { ...exitDelivery, confirmation: { kind: "exit" } },
      }),
    );
    expect(only(unanswered, "附件7")).toContain("**云服务商确认**：清除与否：□是　□否<br>其它说明：");
  });
});

describe("附件5 开通确认单", () => {
  const text = only(cases.new(), "附件5");

  it("uses the confirmed final quantities and adds a 合计 row", () => {
    expect(text).toContain(
      "| 应用服务器 | 8核 | 16GB | 麒麟V10 | 100GB | SAS | 500GB | SAS | 政务外网区 | 1 |",
    );
    expect(text).toContain("| 合计： | 24核 | 48GB |  | 200GB |  | 2000GB |  |  | 2 |");
  });

  it("a confirmation may list only what differs from the application (by resource id)", () => {
    const partial = {
      ...openingDelivery,
      confirmation: { ...openingDelivery.confirmation, resources: [{ id: "app", quantity: 1 }] },
    };
    const docs = applicationForms(context(newApplication, { delivery: partial }));
    expect(only(docs, "附件5")).toContain("| 合计： | 24核 | 48GB |  | 200GB |  | 2000GB |  |  | 2 |");
  });

  it("prints 基础安全服务 and ticks 增值备份服务 by mode", () => {
    const extra = {
      ...newApplication,
      resources: [
        ...newApplication.resources,
        { id: "basic", service: "security-basic", description: "主机防病毒" },
        { id: "remote", service: "backup-offsite", mode: "remote", target: "db-host" },
      ],
    };
    const docs = applicationForms(context(extra, { delivery: openingDelivery }));
    const text = only(docs, "附件5");
    expect(text).toContain("**基础安全服务**：主机防病毒");
    expect(text).toContain("**增值备份服务**：□同城异地备份　☑异地备份　异地备份：数据库服务器");
    expect(only(docs, "附件1")).toContain("|  | 异地备份 | 数据库服务器 |  |");
    expect(only(docs, "附件1")).toContain("基础安全服务：主机防病毒");
  });

  it("each party's stamp carries its own date when the confirmation records them, and the remark goes to 三、其他资源", () => {
    const signed = {
      ...openingDelivery,
      confirmation: {
        ...openingDelivery.confirmation,
        signed: { unit: "2026-12-26", carrier: "2026-12-27" },
        remark: "试运行后应用服务器减为 1 台",
      },
    };
    const text = only(applicationForms(context(newApplication, { delivery: signed })), "附件5");
    expect(text).toContain(
      "使用单位名称（盖章）：<br>淮北市教育局<br><br><br>2026年12月26日　云服务商（盖章）：<br>电信云服务商<br><br><br>2026年12月27日　管理单位（盖章）：<br>淮北市数据资源管理局<br><br><br>2026年12月28日",
    );
    expect(text).toContain("## 三、其他资源\n\n- 试运行后应用服务器减为 1 台<br>四层云负载均衡：1个");
    const undated = { ...openingDelivery, confirmation: { kind: "opening" } };
    expect(only(applicationForms(context(newApplication, { delivery: undated })), "附件5")).toContain(
      "管理单位（盖章）：<br>淮北市数据资源管理局<br><br><br>年   月   日",
    );
  });

  it("counts GPU cards and bare-metal servers by grade, and the physical space", () => {
    expect(text).toContain("低配GPU卡　　块　　中配GPU卡　　块　　高配GPU卡 2 块");
    expect(text).toContain("类型　　低配服务器　　台　　中配服务器 1 台　　高配服务器　　台");
    expect(text).toContain("**物理空间**：1 个机柜　　 6 U标准机柜空间");
  });

  it("has the cloud number, □ boxes, the security responsibility text verbatim and three stamp blocks", () => {
    expect(text).toContain("**&#42;系统上云编号**：HBZWY-2026-0007");
    expect(text).toContain("☑新建入云　□迁移入云");
    expect(text).toContain("☑7×24小时　□5×8小时　□其它");
    expect(text).not.toContain("☐");
    expect(text).toContain(securityResponsibility);
    for (const party of ["使用单位名称（盖章）：", "云服务商（盖章）：", "管理单位（盖章）："])
      expect(text).toContain(party);
    expect(text).toContain("四层云负载均衡：1个<br>对象存储：1000GB");
  });
});

describe("HTML (A4)", () => {
  it.each(Object.keys(cases) as (keyof typeof cases)[])(
    "%s: a complete document per form, circled choices drawn",
    (name) => {
      for (const doc of cases[name]()) {
        const html = renderHtml(doc);
        expect(html.startsWith("<!doctype html>")).toBe(true);
        expect(html).toContain(`<h1>${doc.title}</h1>`);
        expect(html).not.toMatch(/\{\{|\}\}/);
      }
    },
  );

  it("draws ☐ on 附件1 and a circle around the chosen carrier on 附件3", () => {
    const [request] = cases.new();
    const [change] = cases.change();
    if (!request || !change) throw new Error("没有表单");
    expect(renderHtml(request)).toContain('<span class="box">☐</span>');
    expect(renderHtml(change)).toContain(
      '<span class="choice plain circled"><span class="t">电信</span></span>',
    );
    expect(renderHtml(change)).toContain('<span class="choice plain"><span class="t">移动</span></span>');
  });
});

describe("attachments the forms refer to", () => {
  it("the letter, the basis document and the listed attachments, with their JSON pointers", () => {
    const app = {
      ...newApplication,
      letter: { number: "x", file: "attachments/公函.pdf" },
      basis: { kind: "approved-plan", file: "attachments/批复.pdf" },
      attachments: ["attachments/拓扑.png"],
    };
    expect(applicationAttachments(context(app).application)).toEqual([
      { pointer: "/letter/file", path: "attachments/公函.pdf" },
      { pointer: "/basis/file", path: "attachments/批复.pdf" },
      { pointer: "/attachments/0", path: "attachments/拓扑.png" },
    ]);
    expect(applicationAttachments(context(newApplication).application)).toEqual([]);
  });
});
