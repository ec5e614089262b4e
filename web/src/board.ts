import { h } from "./dom.ts";
export function boardPage(_data: unknown, _today: string): HTMLElement {
  return h("p", {}, "board");
}
