/** 文件没有写 profile 时用的 profile。 */
export const defaultProfile = "shenzhen";
