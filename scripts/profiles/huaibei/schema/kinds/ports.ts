import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";

/** 高危端口备案（第14条：云服务商配合开通网络策略，高危端口需在开通前进行备案）。 */
export function portsKind(k: SchemaKit): KindBranch {
  const port = { type: "integer", minimum: 1, maximum: 65535 };
  return {
    properties: {
      ports: k.obj(
        "网络策略与备案",
        "要开通的网络策略与高危端口的备案（第14条）",
        {
          rules: k.list(
            "网络策略",
            "每条策略：源、目的、协议、端口、说明",
            k.obj(
              "网络策略",
              "一条网络策略",
              {
                source: k.str("源地址", "源 IP、网段或 any"),
                destination: k.str("目的", "目的资源标识或 IP"),
                protocol: { type: "string", title: "协议", description: "tcp 或 udp", enum: ["tcp", "udp"] },
                ports: {
                  title: "端口",
                  description: "一个端口、端口列表或范围（如 8000-8080）",
                  anyOf: [
                    port,
                    { type: "array", items: port, minItems: 1 },
                    { type: "string", pattern: "^[0-9]{1,5}-[0-9]{1,5}$" },
                  ],
                },
                description: k.str("说明", "用途说明"),
                highRisk: {
                  type: "boolean",
                  title: "高危端口",
                  description: "是否高危端口（如 22、3389、445）",
                },
              },
              ["source", "destination", "protocol", "ports", "description"],
            ),
            { minItems: 1 },
          ),
          filing: k.obj(
            "备案",
            "高危端口在开通前备案（第14条）",
            { date: k.date("备案日期", "备案日期"), number: k.str("备案号", "备案号") },
            ["date"],
            k.cite({ article: "第14条" }),
          ),
        },
        ["rules"],
      ),
    },
    required: ["ports"],
    extra: k.cite({ article: "第14条" }),
  };
}
