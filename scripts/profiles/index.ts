/**
 * 登记表：本仓库支持的全部 profile（城市的规范）。新增一个城市 = 新建 `scripts/profiles/<id>/`
 * 与 `catalog/<id>/`，在这里加一行。引擎从不 import 这个文件：命令行与适配器把 profile 传进去。
 */
import { findProfile, type Profile } from "../core/profile.ts";
import { huaibei } from "./huaibei/index.ts";
import { shenzhen } from "./shenzhen/index.ts";

export const registeredProfiles: readonly Profile[] = [shenzhen, huaibei];

/** 按标识取登记的 profile。 */
export const registeredProfile = (id: string): Profile | undefined => findProfile(registeredProfiles, id);
