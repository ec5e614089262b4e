# shellcheck shell=bash
# 生成各服务的配置文件（由 openstack.sh source）。全部写到 $ETC/<服务>/，
# Debian 自带的 /etc/<服务>/ 不改；api-paste.ini、rootwrap 等仍用 Debian 的。
# 需要的变量：ETC DATA OS_HOST DB_USER DB_PASS SVC_PASS TRANSPORT_URL KS

# 把标准输入写到 PATH（内容没变时不动它），属主 root:GROUP，权限 0640
write_file() {
  local path=$1 group=$2 tmp
  mkdir -p "$(dirname "$path")"
  tmp=$(mktemp "$path.XXXXXX")
  cat >"$tmp"
  chown "root:$group" "$tmp"
  chmod 0640 "$tmp"
  if [ -f "$path" ] && cmp -s "$tmp" "$path"; then
    rm -f "$tmp"
  else
    mv -f "$tmp" "$path"
  fi
}

db_url() {
  echo "mysql+pymysql://$DB_USER:$DB_PASS@127.0.0.1/$1?charset=utf8"
}

# 服务用户 USER 在 keystone 的凭据（[keystone_authtoken]、[nova]、[service_user] 等节通用）
ks_auth() {
  cat <<EOF
auth_url = $KS
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $SVC_PASS
region_name = RegionOne
EOF
}

authtoken() {
  cat <<EOF
[keystone_authtoken]
www_authenticate_uri = $KS
memcached_servers = 127.0.0.1:11211
service_token_roles_required = true
$(ks_auth "$1")
EOF
}

write_keystone_conf() {
  write_file "$ETC/keystone/keystone.conf" keystone <<EOF
[DEFAULT]
debug = false

[database]
connection = $(db_url keystone)

[token]
provider = fernet

[fernet_tokens]
key_repository = $DATA/keystone/fernet-keys

# 默认是 /etc/keystone/fernet-keys/（Debian 的 postinst 有时建它，有时不建）：不存在时 keystone 启动即退出
[fernet_receipts]
key_repository = $DATA/keystone/fernet-keys

[credential]
key_repository = $DATA/keystone/credential-keys

[cache]
enabled = true
backend = oslo_cache.memcache_pool
memcache_servers = 127.0.0.1:11211

[oslo_messaging_notifications]
driver = noop
EOF
}

write_placement_conf() {
  write_file "$ETC/placement/placement.conf" placement <<EOF
[DEFAULT]
debug = false

[placement_database]
connection = $(db_url placement)

$(authtoken placement)
EOF
}

write_glance_conf() {
  write_file "$ETC/glance/glance-api.conf" glance <<EOF
[DEFAULT]
debug = false
bind_host = 127.0.0.1
bind_port = 9292
workers = 1
transport_url = $TRANSPORT_URL

[database]
connection = $(db_url glance)

$(authtoken glance)

[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini

[glance_store]
stores = file
default_store = file
filesystem_store_datadir = $DATA/glance/images/

[oslo_concurrency]
lock_path = $DATA/glance/lock

[oslo_messaging_notifications]
driver = noop
EOF
}

# nova.conf 的公共部分（nova-compute 用同一份，只是没有数据库连接）
nova_common() {
  cat <<EOF
[DEFAULT]
debug = false
host = $OS_HOST
my_ip = 127.0.0.1
state_path = $DATA/nova
transport_url = $TRANSPORT_URL
compute_driver = fake.FakeDriver
# 假虚拟化驱动报告 1000 vCPU、800000 MB 内存；内存再超分 4 倍，32 vCPU / 128 GB 的云主机能放下二十多台
cpu_allocation_ratio = 16.0
ram_allocation_ratio = 4.0
allow_resize_to_same_host = true
vif_plugging_is_fatal = false
vif_plugging_timeout = 0
instance_usage_audit = false

[wsgi]
api_paste_config = /etc/nova/api-paste.ini

$(authtoken nova)

[service_user]
send_service_user_token = true
$(ks_auth nova)

[placement]
$(ks_auth placement)

[neutron]
$(ks_auth neutron)
service_metadata_proxy = false

[cinder]
os_region_name = RegionOne
$(ks_auth cinder)

[glance]
region_name = RegionOne

[conductor]
workers = 1

[scheduler]
workers = 1

[vnc]
enabled = false

[spice]
enabled = false

[quota]
instances = -1
cores = -1
ram = -1
key_pairs = -1
server_groups = -1
server_group_members = -1
metadata_items = -1

[oslo_concurrency]
lock_path = $DATA/nova/lock

[oslo_messaging_notifications]
driver = noop
EOF
}

write_nova_conf() {
  write_file "$ETC/nova/nova.conf" nova <<EOF
$(nova_common)

[api_database]
connection = $(db_url nova_api)

[database]
connection = $(db_url nova)
EOF
  write_file "$ETC/nova/nova-compute.conf" nova <<EOF
$(nova_common)
EOF
}

write_neutron_conf() {
  write_file "$ETC/neutron/neutron.conf" neutron <<EOF
[DEFAULT]
debug = false
host = $OS_HOST
bind_host = 127.0.0.1
bind_port = 9696
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
transport_url = $TRANSPORT_URL
state_path = $DATA/neutron
api_paste_config = /etc/neutron/api-paste.ini
api_workers = 1
rpc_workers = 1
rpc_state_report_workers = 1
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
allow_overlapping_ips = true

[agent]
root_helper = sudo /usr/bin/neutron-rootwrap /etc/neutron/rootwrap.conf

[database]
connection = $(db_url neutron)

$(authtoken neutron)

[nova]
$(ks_auth nova)

[experimental]
# Zed 中 linuxbridge 机制驱动是实验性的，不打开这个开关 neutron-server 拒绝启动
linuxbridge = true

[quotas]
quota_network = -1
quota_subnet = -1
quota_port = -1
quota_router = -1
quota_floatingip = -1
quota_security_group = -1
quota_security_group_rule = -1

[oslo_concurrency]
lock_path = $DATA/neutron/lock

[oslo_messaging_notifications]
driver = noop
EOF
  write_file "$ETC/neutron/ml2_conf.ini" neutron <<EOF
[ml2]
type_drivers = local,flat
tenant_network_types = local
mechanism_drivers = linuxbridge
extension_drivers = port_security

[ml2_type_flat]
flat_networks = *

[securitygroup]
enable_security_group = true
EOF
  # 外部网络的 physnet 映射到本机的空网桥（没有网桥时不映射，外部网络上的端口就不能绑定到云主机）
  write_file "$ETC/neutron/linuxbridge_agent.ini" neutron <<EOF
[linux_bridge]
physical_interface_mappings =
bridge_mappings = $BRIDGE_MAPPINGS

[vxlan]
enable_vxlan = false

[securitygroup]
enable_security_group = true
firewall_driver = noop

[agent]
polling_interval = 2
EOF
}

write_cinder_conf() {
  write_file "$ETC/cinder/cinder.conf" cinder <<EOF
[DEFAULT]
debug = false
host = $OS_HOST
my_ip = 127.0.0.1
state_path = $DATA/cinder
transport_url = $TRANSPORT_URL
auth_strategy = keystone
api_paste_config = /etc/cinder/api-paste.ini
enabled_backends = fake
glance_api_servers = http://127.0.0.1:9292
quota_volumes = -1
quota_snapshots = -1
quota_gigabytes = -1
quota_backups = -1
quota_backup_gigabytes = -1
quota_groups = -1

[database]
connection = $(db_url cinder)

$(authtoken cinder)

[nova]
$(ks_auth nova)
interface = public

[coordination]
backend_url = file://$DATA/cinder/coordination

[oslo_concurrency]
lock_path = $DATA/cinder/lock

[oslo_messaging_notifications]
driver = noop

[fake]
# govcloud_cinder_fake.py（openstack.sh 复制到 $ETC/cinder/python/，加入 cinder-volume 的 PYTHONPATH）
volume_driver = govcloud_cinder_fake.GovcloudFakeVolumeDriver
volume_backend_name = fake
EOF
}
