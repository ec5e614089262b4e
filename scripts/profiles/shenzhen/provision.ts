import type { ProvisionPart } from "../../core/provision/profile.ts";

/**
 * 深圳：发放。服务目录的 id 就是引擎条目的 id（云主机、云硬盘、对象存储、文件存储、弹性IP、安全组、
 * 负载均衡、VPC、子网），其余服务进人工交付清单；系统登记的云环境（x86 或 ARM/鲲鹏）是站点，
 * 站点配置是 pulumi/site.yaml；主机接入站点的默认网络或系统自己申请的子网。
 */
export const shenzhenProvision: ProvisionPart = {
  services: {
    ecs: { engine: "ecs" },
    evs: { engine: "evs" },
    obs: { engine: "obs" },
    sfs: { engine: "sfs" },
    eip: { engine: "eip" },
    "security-group": { engine: "security-group" },
    elb: { engine: "elb" },
    vpc: { engine: "vpc" },
    subnet: { engine: "subnet" },
  },
  sites: ["x86", "arm"],
  siteFile: "site.yaml",
  siteField: "environment",
  siteOf: (registration) => registration.environment,
};
