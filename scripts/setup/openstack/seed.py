"""本机 OpenStack 的初始数据（由 openstack.sh 用 /usr/bin/python3 调用）。

  seed.py keystone   服务项目、service 角色、各服务用户、服务目录与端点
  seed.py resources  等各服务就绪，然后建规格、镜像、卷类型、网络、路由器，放宽 admin 项目的配额

一个进程里用 openstacksdk 做完（每个 `openstack` 命令光启动就要 2–5 秒）。
每一步都是"没有才建"，可以重复运行；名字重复的对象不会再多出来。
凭据与地址由 openstack.sh 通过环境变量传入。
"""

import io
import os
import sys
import time

import openstack

KS = os.environ.get("OS_SEED_KEYSTONE", "http://127.0.0.1:5000")
ADMIN_PASS = os.environ["OS_SEED_ADMIN_PASS"]
SVC_PASS = os.environ["OS_SEED_SERVICE_PASS"]
HOST = os.environ["OS_SEED_HOST"]
REGION = "RegionOne"

SERVICES = [
    # (用户, 服务名, 类型, 端点)
    ("glance", "glance", "image", "http://127.0.0.1:9292"),
    ("placement", "placement", "placement", "http://127.0.0.1:8778"),
    ("nova", "nova", "compute", "http://127.0.0.1:8774/v2.1"),
    ("neutron", "neutron", "network", "http://127.0.0.1:9696"),
    ("cinder", "cinderv3", "volumev3", "http://127.0.0.1:8776/v3/%(project_id)s"),
]

IMAGE_NAME = "govcloud-base-x86"
VOLUME_TYPES = ["SATA", "SAS", "SSD"]
BACKEND_NAME = "fake"  # FakeLoggingVolumeDriver 报告的 volume_backend_name


def log(msg):
    print(time.strftime("%H:%M:%S") + " openstack: seed: " + msg, file=sys.stderr, flush=True)


def connect():
    return openstack.connect(
        load_yaml_config=False,
        load_envvars=False,
        auth_type="password",
        auth=dict(
            auth_url=KS + "/v3",
            username="admin",
            password=ADMIN_PASS,
            project_name="admin",
            user_domain_name="Default",
            project_domain_name="Default",
        ),
        region_name=REGION,
        interface="public",
        identity_api_version="3",
    )


# ───────────────────────────── keystone ─────────────────────────────
def seed_keystone(conn):
    idn = conn.identity
    domain = idn.find_domain("default", ignore_missing=False)
    project = idn.find_project("service", domain_id=domain.id)
    if project is None:
        project = idn.create_project(name="service", domain_id=domain.id,
                                     description="OpenStack 服务用户")
        log("建项目 service")
    roles = {}
    for name in ("admin", "service"):
        role = idn.find_role(name)
        if role is None:
            role = idn.create_role(name=name)
            log("建角色 " + name)
        roles[name] = role

    for user_name, svc_name, svc_type, url in SERVICES:
        user = idn.find_user(user_name, domain_id=domain.id)
        if user is None:
            user = idn.create_user(name=user_name, password=SVC_PASS, domain_id=domain.id,
                                   default_project_id=project.id)
            log("建用户 " + user_name)
        for role in roles.values():
            # 已有的角色指派再指派一次不报错（PUT）
            idn.assign_project_role_to_user(project, user, role)

        service = next((s for s in idn.services() if s.type == svc_type and s.name == svc_name), None)
        if service is None:
            service = idn.create_service(name=svc_name, type=svc_type, is_enabled=True)
            log("建服务 %s（%s）" % (svc_name, svc_type))
        existing = list(idn.endpoints(service_id=service.id))
        for interface in ("public", "internal", "admin"):
            same = [e for e in existing if e.interface == interface]
            if not same:
                idn.create_endpoint(service_id=service.id, interface=interface, url=url,
                                    region_id=REGION, is_enabled=True)
                log("建端点 %s %s %s" % (svc_type, interface, url))
                continue
            for extra in same[1:]:
                idn.delete_endpoint(extra)
            if same[0].url != url or same[0].region_id != REGION:
                idn.update_endpoint(same[0], url=url, region_id=REGION)


# ───────────────────────────── 等服务就绪 ─────────────────────────────
def wait_for(what, check, timeout=300):
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        try:
            if check():
                return
        except Exception as e:  # 服务刚启动时的连接错误、503 等
            last = e
        time.sleep(1)
    raise SystemExit("openstack: seed: %s 在 %d 秒内没有就绪（%s）" % (what, timeout, last))


def compute_up(conn):
    return any(s.binary == "nova-compute" and s.host == HOST and s.state == "up"
               and s.status == "enabled" for s in conn.compute.services())


def placement_ready(conn):
    rps = conn.placement.get("/resource_providers").json()["resource_providers"]
    for rp in rps:
        if rp["name"] == HOST:
            inv = conn.placement.get("/resource_providers/%s/inventories" % rp["uuid"]).json()
            return "VCPU" in inv["inventories"]
    return False


def agent_alive(conn):
    return any(a.agent_type == "Linux bridge agent" and a.host == HOST and a.is_alive
               for a in conn.network.agents())


def volume_up(conn):
    services = conn.block_storage.get("/os-services").json()["services"]
    return any(s["binary"] == "cinder-volume" and s["state"] == "up" and s["status"] == "enabled"
               for s in services)


# ───────────────────────────── resources ─────────────────────────────
def seed_flavors(conn):
    existing = {f.name for f in conn.compute.flavors(is_public=None)}
    made = []
    for vcpus in (1, 2, 4, 8, 16, 32):
        for gb in (vcpus, 2 * vcpus, 4 * vcpus):
            name = "c%dm%d" % (vcpus, gb)
            if name not in existing:
                conn.compute.create_flavor(name=name, vcpus=vcpus, ram=gb * 1024, disk=0,
                                           is_public=True)
                made.append(name)
    if made:
        log("建规格 " + " ".join(made))


def image_blob():
    # 1 MiB 的 raw 磁盘：首扇区是一个像样的 MBR（签名 55AA），其余全零
    mbr = bytearray(512)
    mbr[0:32] = b"GOVCLOUD BASE IMAGE (fake, raw) "
    mbr[510:512] = b"\x55\xaa"
    return bytes(mbr) + bytes(1024 * 1024 - 512)


def seed_image(conn):
    images = [i for i in conn.image.images() if i.name == IMAGE_NAME]
    active = [i for i in images if i.status == "active"]
    # 中途失败留下的（queued/saving）与多出来的，删掉
    for img in images:
        if img.status != "active" or (active and img.id != active[0].id):
            log("删掉不完整或重复的镜像 %s（%s）" % (img.id, img.status))
            conn.image.delete_image(img)
    if active:
        return
    img = conn.image.create_image(
        name=IMAGE_NAME,
        data=io.BytesIO(image_blob()),
        disk_format="raw",
        container_format="bare",
        visibility="public",
        allow_duplicates=True,
        validate_checksum=False,
        wait=True,
        timeout=120,
        architecture="x86_64",
    )
    log("建镜像 %s（%s）" % (IMAGE_NAME, img.id))


def seed_volume_types(conn):
    existing = {t.name: t for t in conn.block_storage.types()}
    for name in VOLUME_TYPES:
        vt = existing.get(name)
        if vt is None:
            conn.block_storage.create_type(
                name=name, is_public=True, description="govcloud %s（假后端）" % name,
                extra_specs={"volume_backend_name": BACKEND_NAME})
            log("建卷类型 " + name)
        elif (vt.extra_specs or {}).get("volume_backend_name") != BACKEND_NAME:
            conn.block_storage.update_type_extra_specs(vt, volume_backend_name=BACKEND_NAME)


def ensure_network(conn, name, **attrs):
    net = conn.network.find_network(name)
    if net is None:
        net = conn.network.create_network(name=name, **attrs)
        log("建网络 " + name)
    return net


def ensure_subnet(conn, net, name, cidr, gateway, pool):
    subnet = conn.network.find_subnet(name, network_id=net.id)
    if subnet is None:
        subnet = conn.network.create_subnet(
            network_id=net.id, name=name, ip_version=4, cidr=cidr, gateway_ip=gateway,
            is_dhcp_enabled=False,
            allocation_pools=[{"start": pool[0], "end": pool[1]}])
        log("建子网 %s %s" % (name, cidr))
    return subnet


def seed_networks(conn):
    net = ensure_network(conn, "govnet-x86", is_shared=True)
    subnet = ensure_subnet(conn, net, "govnet-x86-subnet", "10.20.0.0/24", "10.20.0.1",
                           ("10.20.0.10", "10.20.0.250"))
    ext = ensure_network(conn, "govnet-ext", is_router_external=True,
                         provider_network_type="flat", provider_physical_network="govnet-ext")
    ensure_subnet(conn, ext, "govnet-ext-subnet", "198.51.100.0/24", "198.51.100.1",
                  ("198.51.100.10", "198.51.100.250"))
    tel = ensure_network(conn, "public-telecom", is_router_external=True,
                         provider_network_type="flat", provider_physical_network="telecom")
    ensure_subnet(conn, tel, "public-telecom-subnet", "203.0.113.0/24", "203.0.113.1",
                  ("203.0.113.10", "203.0.113.250"))

    router = conn.network.find_router("govnet-router")
    if router is None:
        router = conn.network.create_router(name="govnet-router",
                                            external_gateway_info={"network_id": ext.id})
        log("建路由器 govnet-router")
    elif (router.external_gateway_info or {}).get("network_id") != ext.id:
        conn.network.update_router(router, external_gateway_info={"network_id": ext.id})
    ports = conn.network.ports(device_id=router.id, device_owner="network:router_interface")
    if not any(ip["subnet_id"] == subnet.id for p in ports for ip in p.fixed_ips):
        conn.network.add_interface_to_router(router, subnet_id=subnet.id)
        log("路由器 govnet-router 接到 govnet-x86-subnet")


def seed_quotas(conn):
    pid = conn.identity.find_project("admin", domain_id="default", ignore_missing=False).id
    conn.compute.put("/os-quota-sets/%s" % pid, json={"quota_set": {
        "instances": -1, "cores": -1, "ram": -1, "key_pairs": -1, "server_groups": -1,
        "server_group_members": -1, "metadata_items": -1}})
    conn.block_storage.put("/os-quota-sets/%s" % pid, json={"quota_set": {
        "volumes": -1, "gigabytes": -1, "snapshots": -1, "backups": -1,
        "backup_gigabytes": -1, "per_volume_gigabytes": -1, "groups": -1}})
    conn.network.update_quota(pid, networks=-1, subnets=-1, ports=-1, routers=-1,
                              floating_ips=-1, security_groups=-1, security_group_rules=-1,
                              rbac_policies=-1, subnet_pools=-1)


def seed_resources(conn):
    t = time.time()
    wait_for("nova-compute", lambda: compute_up(conn))
    wait_for("placement 中的计算节点", lambda: placement_ready(conn))
    wait_for("neutron-linuxbridge-agent", lambda: agent_alive(conn))
    wait_for("cinder-volume", lambda: volume_up(conn))
    log("各服务就绪（等了 %.0f 秒）" % (time.time() - t))
    seed_flavors(conn)
    seed_image(conn)
    seed_volume_types(conn)
    seed_networks(conn)
    seed_quotas(conn)


def main():
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    conn = connect()
    if what == "keystone":
        seed_keystone(conn)
    elif what == "resources":
        seed_resources(conn)
    else:
        raise SystemExit("用法：seed.py keystone|resources")


if __name__ == "__main__":
    main()
