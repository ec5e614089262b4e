/** 浏览器测试共用：在申请向导里填一份新增申请（深圳市教育局门户网站，第 3 号）。 */
import type { Page } from "playwright-core";

/** 必填的字段（vCPU 故意写成 3；用途、系统描述与下拉框里系统的名称可以换成别的文字）。 */
export async function fillNewApplication(
  page: Page,
  text: { purpose?: string; description?: string; system?: string } = {},
): Promise<void> {
  await page.selectOption("#pick-system", { label: text.system ?? "深圳市教育局 / 深圳市教育局门户网站" });
  await page.selectOption("#pick-kind", "new");
  await page.selectOption("#f-new-forDeploymentAndAssessment", "false");
  await page.fill("#f-new-expectedLaunch", "2027-03-01");
  await page.click("#f-resources-add");
  await page.selectOption("#f-resources-0-service", "ecs");
  await page.fill("#f-resources-0-id", "api");
  await page.fill("#f-resources-0-purpose", text.purpose ?? "办事指南查询接口服务器");
  await page.fill("#f-resources-0-quantity", "2");
  await page.fill("#f-resources-0-vcpu", "3");
  await page.fill("#f-resources-0-memoryGB", "8");
  await page.fill("#f-resources-0-systemDisk-sizeGB", "100");
  await page.selectOption("#f-resources-0-systemDisk-tier", "sas");
  await page.fill("#f-estimate-description", text.description ?? "教育局门户网站，发布政策文件与通知公告。");
  await page.fill("#f-estimate-architecture-summary", "2 台 Web 服务器经负载均衡对外。");
  await page.fill("#f-estimate-users-groups", "市民、学生家长");
  await page.fill("#f-estimate-users-maxUsers", "200000");
  await page.fill("#f-estimate-users-maxConcurrent", "800");
  await page.selectOption("#f-estimate-method", "analogy");
}

/** 按条件必填的字段（在“可选字段”里）：安全测评结论、类比的系统与说明、测算出的需求。 */
export async function fillConditional(page: Page): Promise<void> {
  await page.locator("#f-new > details.optional").evaluate((d) => d.setAttribute("open", ""));
  await page.selectOption("#f-new-securityAssessment-kind", "special");
  await page.selectOption("#f-new-securityAssessment-conclusion", "无中高风险");
  await page.locator("#f-estimate > details.optional").evaluate((d) => d.setAttribute("open", ""));
  await page.fill("#f-estimate-analogy-system", "深圳市人力资源和社会保障局门户网站");
  await page.fill(
    "#f-estimate-analogy-explanation",
    "同类门户峰值并发 600，使用 2 台 4 核 8GB，CPU 峰值 55%。",
  );
  await page.click("#f-estimate-demand-add");
  await page.fill("#f-estimate-demand-0-resource", "api");
  await page.fill("#f-estimate-demand-0-vcpu", "4");
  await page.fill("#f-estimate-demand-0-memoryGB", "8");
  await page.fill("#f-estimate-demand-0-quantity", "2");
  await page.fill("#f-estimate-demand-0-basis", "类比同类门户网站");
}
