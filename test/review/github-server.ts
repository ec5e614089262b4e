/** 本地 GitHub 替身已合并到 test/helpers/github-server.ts；这里只为原来的导入路径转发。 */
export * from "../helpers/github-server.ts";
