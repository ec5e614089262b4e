import { readFileSync } from "node:fs";
import { parse } from "yaml";

/**
 * 端到端测试核对云上实际状态用的 OpenStack 只读客户端：直接调 REST API（Keystone 口令认证 → 服务目录 →
 * Nova、Cinder、Neutron），不经 openstack 命令行（每次调用要 2–5 秒启动）。只读：测试的改动都经 pulumi，
 * 带外改动经 openstack 命令行。
 */

export interface CloudAuth {
  authUrl: string;
  username: string;
  password: string;
  projectName: string;
  userDomainName: string;
  projectDomainName: string;
  region: string;
}

/** clouds.yaml 中一个条目的口令认证信息。 */
export function readCloud(file: string, name: string): CloudAuth {
  const doc = parse(readFileSync(file, "utf8")) as {
    clouds?: Record<string, { auth?: Record<string, string>; region_name?: string }>;
  };
  const c = doc.clouds?.[name];
  if (!c?.auth) throw new Error(`${file} 中没有 clouds.${name}.auth`);
  const a = c.auth;
  const need = (k: string) => {
    const v = a[k];
    if (!v) throw new Error(`${file} 中 clouds.${name}.auth.${k} 为空`);
    return v;
  };
  return {
    authUrl: need("auth_url").replace(/\/+$/, ""),
    username: need("username"),
    password: need("password"),
    projectName: need("project_name"),
    userDomainName: a.user_domain_name ?? "Default",
    projectDomainName: a.project_domain_name ?? "Default",
    region: c.region_name ?? "RegionOne",
  };
}

interface CatalogEntry {
  type: string;
  endpoints: { interface: string; region: string; url: string }[];
}

export interface Server {
  id: string;
  name: string;
  status: string;
  flavor: { original_name?: string; vcpus?: number; ram?: number };
  addresses: Record<string, { addr: string; "OS-EXT-IPS:type"?: string }[]>;
  metadata: Record<string, string>;
  "os-extended-volumes:volumes_attached": { id: string }[];
}

export interface Volume {
  id: string;
  name: string;
  size: number;
  status: string;
  volume_type: string;
  bootable: string;
  metadata: Record<string, string>;
  attachments: { server_id: string }[];
}

export interface SecurityGroup {
  id: string;
  name: string;
}

export interface SecurityGroupRule {
  id: string;
  security_group_id: string;
  direction: string;
  ethertype: string;
  protocol: string | null;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
}

export interface Port {
  id: string;
  name: string;
  network_id: string;
  device_id: string;
  fixed_ips: { subnet_id: string; ip_address: string }[];
  security_groups: string[];
}

export interface FloatingIp {
  id: string;
  floating_ip_address: string;
  floating_network_id: string;
  port_id: string | null;
  fixed_ip_address: string | null;
}

export interface Network {
  id: string;
  name: string;
}

export class OpenStack {
  private token = "";
  private catalog: CatalogEntry[] = [];

  constructor(private readonly auth: CloudAuth) {}

  async login(): Promise<void> {
    const a = this.auth;
    const res = await fetch(`${a.authUrl}/auth/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        auth: {
          identity: {
            methods: ["password"],
            password: {
              user: { name: a.username, domain: { name: a.userDomainName }, password: a.password },
            },
          },
          scope: { project: { name: a.projectName, domain: { name: a.projectDomainName } } },
        },
      }),
    });
    if (res.status !== 201) throw new Error(`Keystone 认证失败：HTTP ${res.status} ${await res.text()}`);
    this.token = res.headers.get("x-subject-token") ?? "";
    this.catalog = ((await res.json()) as { token: { catalog: CatalogEntry[] } }).token.catalog;
  }

  private endpoint(type: string): string {
    const entry = this.catalog.find((c) => c.type === type);
    const ep = entry?.endpoints.find((e) => e.interface === "public" && e.region === this.auth.region);
    if (!ep) throw new Error(`服务目录中没有 ${type} 的 public 端点（区域 ${this.auth.region}）`);
    return ep.url.replace(/\/+$/, "");
  }

  private async get<T>(type: string, path: string, headers: Record<string, string> = {}): Promise<T> {
    if (!this.token) await this.login();
    const res = await fetch(`${this.endpoint(type)}${path}`, {
      headers: { "x-auth-token": this.token, accept: "application/json", ...headers },
    });
    if (!res.ok) throw new Error(`GET ${type} ${path}：HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** 名字以 prefix 开头的主机（微版本 2.79：flavor 中带规格名）。 */
  async servers(prefix: string): Promise<Server[]> {
    const r = await this.get<{ servers: Server[] }>("compute", "/servers/detail", {
      "openstack-api-version": "compute 2.79",
    });
    return r.servers.filter((s) => s.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  }

  async volumes(prefix: string): Promise<Volume[]> {
    const r = await this.get<{ volumes: Volume[] }>("volumev3", "/volumes/detail");
    return r.volumes.filter((v) => v.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  }

  async securityGroups(prefix: string): Promise<SecurityGroup[]> {
    const r = await this.get<{ security_groups: SecurityGroup[] }>("network", "/v2.0/security-groups");
    return r.security_groups.filter((g) => g.name.startsWith(prefix));
  }

  async securityGroupRules(groupId: string): Promise<SecurityGroupRule[]> {
    const r = await this.get<{ security_group_rules: SecurityGroupRule[] }>(
      "network",
      `/v2.0/security-group-rules?security_group_id=${encodeURIComponent(groupId)}`,
    );
    return r.security_group_rules;
  }

  async ports(prefix: string): Promise<Port[]> {
    const r = await this.get<{ ports: Port[] }>("network", "/v2.0/ports");
    return r.ports.filter((p) => p.name.startsWith(prefix));
  }

  async floatingIps(): Promise<FloatingIp[]> {
    return (await this.get<{ floatingips: FloatingIp[] }>("network", "/v2.0/floatingips")).floatingips;
  }

  async network(name: string): Promise<Network> {
    const r = await this.get<{ networks: Network[] }>(
      "network",
      `/v2.0/networks?name=${encodeURIComponent(name)}`,
    );
    const n = r.networks[0];
    if (!n) throw new Error(`没有网络 ${name}`);
    return n;
  }
}
