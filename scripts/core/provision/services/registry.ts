import { ecs } from "./ecs.ts";
import { eip } from "./eip.ts";
import { elb } from "./elb.ts";
import { evs } from "./evs.ts";
import { obs } from "./obs.ts";
import { securityGroup } from "./security-group.ts";
import { sfs } from "./sfs.ts";
import { subnet } from "./subnet.ts";
import type { ServiceEntry } from "./types.ts";
import { vpc } from "./vpc.ts";

/**
 * 由 OpenStack 创建的服务，按服务 id 登记（其余服务由提供商工程师按清单人工开通）。
 * 期望状态（desired.ts 的 specsOf）与 Pulumi 程序（pulumi/resources/）都只查这张表。
 */
export const serviceEntries: ReadonlyMap<string, ServiceEntry> = new Map(
  [ecs, evs, obs, sfs, eip, securityGroup, elb, vpc, subnet].map((e) => [e.service, e]),
);
