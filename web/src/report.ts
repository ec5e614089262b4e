import { h } from "./dom.ts";
export function reportPage(_data: unknown): HTMLElement {
  return h("p", {}, "report");
}
