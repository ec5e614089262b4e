#!/usr/bin/env bash
# 在本机（127.0.0.1）装好、配好、启动一个最小但真实的 OpenStack Zed（Debian 12 自己的软件包），
# 供端到端测试用 `pulumi up` 通过 OpenStack API 操作：Keystone、Glance、Placement、Nova、Neutron、Cinder，
# 外加 MariaDB、RabbitMQ、memcached。假的只有虚拟化（nova 的 fake 驱动，云主机只存在于 nova-compute
# 的内存中）、网络数据面（没有 DHCP/L3 代理，浮动 IP 只在数据库里）与存储数据面（cinder 假后端）。
# 做法见 shared/notes/openstack-on-debian.md。
#
# 用法：bash scripts/setup/openstack.sh      （root；停止：scripts/setup/openstack-stop.sh）
#   状态、日志、pidfile、clouds.yaml、openrc：${GOVCLOUD_OPENSTACK_STATE:-/var/lib/govcloud-openstack}
#   标准输出的最后一行是 clouds.yaml 的路径（云的名字 govcloud-test）；进度（带时间）写到标准错误。
# 可重复运行：全部在运行时几秒钟就结束；中途失败后、openstack-stop.sh 之后再运行都能接着做完。
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=openstack/lib.sh
. "$HERE/openstack/lib.sh"
# shellcheck source=openstack/configs.sh
. "$HERE/openstack/configs.sh"

PY=/usr/bin/python3            # root 的 python3 可能是 pyenv 的 shim，看不到 Debian 的模块
OS_HOST=govcloud               # nova、neutron、cinder 的 host（nova 与 neutron 必须一致）
DB_USER=govcloud
DB_PASS=govcloud-db
SVC_PASS=govcloud-service      # 所有服务用户（nova、neutron……）在 keystone 的密码
ADMIN_PASS=govcloud-admin
KS=http://127.0.0.1:5000
TRANSPORT_URL=rabbit://guest:guest@127.0.0.1:5672/   # guest 只能从本机登录，正合适
DATABASES=(keystone placement glance nova_api nova nova_cell0 neutron cinder)
# 外部平面网络的 physnet → 本机空网桥（测试把端口直接放在外部网络上时也能绑定）
BRIDGES=(govnet-ext:br-govext telecom:br-telecom)

PACKAGES=(mariadb-server python3-pymysql rabbitmq-server memcached python3-memcache
  keystone glance-api placement-api nova-api nova-conductor nova-scheduler python3-nova
  neutron-server neutron-linuxbridge-agent cinder-api cinder-scheduler cinder-volume
  python3-openstackclient uwsgi-plugin-python3 curl iproute2 sudo)

[ "$(id -u)" -eq 0 ] || die "请以 root 运行"

T0=$(date +%s)
PHASE_START=$T0
TIMINGS=()
phase() {
  local now
  now=$(date +%s)
  if [ -n "${PHASE:-}" ]; then
    TIMINGS+=("$PHASE $((now - PHASE_START))s")
    log "—— $PHASE 完成：$((now - PHASE_START)) 秒"
  fi
  PHASE=${1:-}
  PHASE_START=$now
  if [ -n "$PHASE" ]; then log "—— 阶段 $PHASE"; fi
}

# ───────────────────────────── install ─────────────────────────────
installed() {
  local out
  out=$(dpkg-query -W -f='${Status}\n' "$@" 2>/dev/null) || return 1
  [ "$(grep -c 'install ok installed' <<<"$out")" -eq "$#" ]
}

do_install() {
  if installed "${PACKAGES[@]}"; then
    log "软件包都已安装"
    return 0
  fi
  # 软件包的维护脚本不要启动服务（这里没有 systemd，服务由本脚本自己启动）
  local policy=/usr/sbin/policy-rc.d created=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    created=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT   # 失败退出时也删掉
  fi
  # 别的 apt/dpkg 正在运行时等它（最多 5 分钟），不要立刻失败
  local lock=(-o DPkg::Lock::Timeout=300)
  log "apt-get update"
  apt-get "${lock[@]}" update -q >&2
  log "apt-get install（约 170 MB，第一次 5–6 分钟）"
  DEBIAN_FRONTEND=noninteractive apt-get "${lock[@]}" install -y -q --no-install-recommends "${PACKAGES[@]}" >&2
  if [ "$created" -eq 1 ]; then
    rm -f "$policy"
    trap - EXIT
  fi
}

# ───────────────────────────── configure ─────────────────────────────
# MariaDB、RabbitMQ、memcached：用 /etc/init.d 脚本启动（没有 systemd）
start_infra() {
  # MariaDB：只监听 127.0.0.1（Debian 默认），连接数放宽，写盘放松（测试数据丢了也无妨）
  local cnf=/etc/mysql/mariadb.conf.d/99-govcloud-openstack.cnf
  if [ ! -f "$cnf" ]; then
    cat >"$cnf" <<'EOF'
# govcloud 的本地 OpenStack（scripts/setup/openstack.sh）
[mysqld]
bind-address = 127.0.0.1
max_connections = 1000
skip-name-resolve
innodb_flush_log_at_trx_commit = 2
innodb_buffer_pool_size = 256M
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
EOF
  fi
  if ! mysqladmin ping >/dev/null 2>&1; then
    log "启动 MariaDB"
    /etc/init.d/mariadb start >&2
  fi
  # RabbitMQ（与它的 epmd）只监听 127.0.0.1
  local renv=/etc/rabbitmq/rabbitmq-env.conf
  if ! grep -q govcloud "$renv" 2>/dev/null; then
    cat >"$renv" <<'EOF'
# govcloud 的本地 OpenStack（scripts/setup/openstack.sh）：只监听 127.0.0.1
NODE_IP_ADDRESS=127.0.0.1
export ERL_EPMD_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
  fi
  if ! listening 5672; then
    log "启动 RabbitMQ"
    /etc/init.d/rabbitmq-server start >&2
  fi
  if ! listening 11211; then
    log "启动 memcached"
    /etc/init.d/memcached start >&2
  fi
  local i
  for ((i = 0; i < 120; i++)); do
    mysqladmin ping >/dev/null 2>&1 && listening 5672 && listening 11211 && return 0
    sleep 0.5
  done
  die "MariaDB/RabbitMQ/memcached 没有起来（见 /var/log/mysql、/var/log/rabbitmq）"
}

sql() {
  mysql -uroot -N -B -e "$1"
}

# 数据库与用户；新建的数据库（或被删掉重建的）要重新 db sync：删掉它的标记
create_databases() {
  local db host stmt="" existing
  existing=$(sql "SELECT schema_name FROM information_schema.schemata")
  for db in "${DATABASES[@]}"; do
    if ! grep -qx "$db" <<<"$existing"; then
      rm -f "$DATA/stamps/db-$db"
      stmt+="CREATE DATABASE \`$db\`;"
    fi
  done
  for host in 127.0.0.1 localhost; do
    stmt+="CREATE USER IF NOT EXISTS '$DB_USER'@'$host' IDENTIFIED BY '$DB_PASS';"
    for db in "${DATABASES[@]}"; do
      stmt+="GRANT ALL PRIVILEGES ON \`$db\`.* TO '$DB_USER'@'$host';"
    done
  done
  sql "$stmt"
}

# 标记：某一步在当前软件包版本下做过了（版本变了就再做一次）
stamp_ok() {
  [ "$(cat "$DATA/stamps/$1" 2>/dev/null)" = "$2" ]
}
stamp_set() {
  echo "$2" >"$DATA/stamps/$1"
}
pkg_version() {
  dpkg-query -W -f='${Version}' "$1"
}

as_user() {
  local user=$1
  shift
  setpriv --reuid "$user" --regid "$user" --init-groups "$@"
}

db_sync() {
  local v
  v=$(pkg_version python3-keystone)
  if ! stamp_ok db-keystone "$v"; then
    log "keystone db_sync"
    as_user keystone keystone-manage --config-file "$ETC/keystone/keystone.conf" db_sync >&2
    stamp_set db-keystone "$v"
  fi
  if [ ! -f "$DATA/keystone/fernet-keys/0" ]; then
    as_user keystone keystone-manage --config-file "$ETC/keystone/keystone.conf" fernet_setup \
      --keystone-user keystone --keystone-group keystone >&2
  fi
  if [ ! -f "$DATA/keystone/credential-keys/0" ]; then
    as_user keystone keystone-manage --config-file "$ETC/keystone/keystone.conf" credential_setup \
      --keystone-user keystone --keystone-group keystone >&2
  fi
  if ! stamp_ok keystone-bootstrap "$v-$ADMIN_PASS"; then
    log "keystone bootstrap"
    as_user keystone keystone-manage --config-file "$ETC/keystone/keystone.conf" bootstrap \
      --bootstrap-password "$ADMIN_PASS" --bootstrap-username admin \
      --bootstrap-project-name admin --bootstrap-role-name admin \
      --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
      --bootstrap-admin-url "$KS/v3/" --bootstrap-internal-url "$KS/v3/" \
      --bootstrap-public-url "$KS/v3/" >&2
    stamp_set keystone-bootstrap "$v-$ADMIN_PASS"
  fi

  v=$(pkg_version python3-placement)
  if ! stamp_ok db-placement "$v"; then
    log "placement db sync"
    as_user placement placement-manage --config-file "$ETC/placement/placement.conf" db sync >&2
    stamp_set db-placement "$v"
  fi

  v=$(pkg_version python3-glance)
  if ! stamp_ok db-glance "$v"; then
    log "glance db_sync"
    as_user glance glance-manage --config-file "$ETC/glance/glance-api.conf" db_sync >&2
    stamp_set db-glance "$v"
  fi

  v=$(pkg_version python3-nova)
  if ! { stamp_ok db-nova_api "$v" && stamp_ok db-nova "$v" && stamp_ok db-nova_cell0 "$v"; }; then
    local nm=(as_user nova nova-manage --config-file "$ETC/nova/nova.conf")
    log "nova api_db sync"
    "${nm[@]}" api_db sync >&2
    "${nm[@]}" cell_v2 map_cell0 --database_connection "$(db_url nova_cell0)" >&2
    if ! "${nm[@]}" cell_v2 list_cells 2>/dev/null | grep -q ' cell1 '; then
      "${nm[@]}" cell_v2 create_cell --name cell1 >&2
    fi
    log "nova db sync"
    "${nm[@]}" db sync >&2
    stamp_set db-nova_api "$v"
    stamp_set db-nova "$v"
    stamp_set db-nova_cell0 "$v"
  fi

  v=$(pkg_version python3-neutron)
  if ! stamp_ok db-neutron "$v"; then
    log "neutron db upgrade"
    as_user neutron neutron-db-manage --config-file "$ETC/neutron/neutron.conf" \
      --config-file "$ETC/neutron/ml2_conf.ini" upgrade head >&2
    stamp_set db-neutron "$v"
  fi

  v=$(pkg_version python3-cinder)
  if ! stamp_ok db-cinder "$v"; then
    log "cinder db sync"
    as_user cinder cinder-manage --config-file "$ETC/cinder/cinder.conf" db sync >&2
    stamp_set db-cinder "$v"
  fi
}

# 外部网络用的空网桥；建不了（没有权限等）就不映射
make_bridges() {
  local pair br maps=()
  for pair in "${BRIDGES[@]}"; do
    br=${pair#*:}
    if ! ip link show "$br" >/dev/null 2>&1; then
      if ip link add "$br" type bridge 2>/dev/null; then ip link set "$br" up 2>/dev/null || true; fi
    fi
    if ip link show "$br" >/dev/null 2>&1; then
      maps+=("$pair")
    else
      log "警告：建不了网桥 $br，外部网络 ${pair%%:*} 上的端口不能绑定到云主机"
    fi
  done
  BRIDGE_MAPPINGS=$(
    IFS=,
    echo "${maps[*]}"
  )
}

do_configure() {
  local d
  mkdir -p "$ETC" "$RUN" "$LOGS" "$DATA/stamps"
  chmod 0755 "$STATE" "$ETC" "$DATA"
  # 各服务的 state_path 等归服务用户所有
  for d in keystone/fernet-keys keystone/credential-keys placement glance/images glance/lock \
    nova/lock neutron/lock cinder/lock cinder/coordination; do
    mkdir -p "$DATA/$d"
    chown "${d%%/*}:${d%%/*}" "$DATA/${d%%/*}" "$DATA/$d"
  done
  chmod 0700 "$DATA/keystone/fernet-keys" "$DATA/keystone/credential-keys"
  make_bridges
  write_keystone_conf
  write_placement_conf
  write_glance_conf
  write_nova_conf
  write_neutron_conf
  write_cinder_conf
  mkdir -p "$ETC/cinder/python"
  install -m 0644 "$HERE/openstack/govcloud_cinder_fake.py" "$ETC/cinder/python/govcloud_cinder_fake.py"
  start_infra
  create_databases
  db_sync
}

# ───────────────────────────── start ─────────────────────────────
# 配置指纹：命令行 + 该服务配置目录下的所有文件。变了就重启该守护进程。
config_hash() {
  local svc=$1
  shift
  {
    printf '%s\n' "$@"
    find "$ETC/$svc" -type f -print0 | sort -z | xargs -0 cat
  } | sha256sum | cut -d' ' -f1
}

# start_daemon NAME USER SVC CMD...：在独立会话中以 USER 身份运行 CMD，日志 $LOGS/NAME.log
start_daemon() {
  local name=$1 user=$2 svc=$3 pid want
  shift 3
  want=$(config_hash "$svc" "$@")
  if pid=$(daemon_pid "$name"); then
    if [ "$(cat "$RUN/$name.hash" 2>/dev/null)" = "$want" ]; then
      return 0
    fi
    log "$name 的配置变了：重启"
    stop_daemons "$name"
  fi
  log "启动 $name"
  printf '\n==== %s 启动 %s\n' "$(date '+%F %T')" "$name" >>"$LOGS/$name.log"
  setsid setpriv --reuid "$user" --regid "$user" --init-groups \
    "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
  proc_start $! >"$RUN/$name.start"
  echo "$want" >"$RUN/$name.hash"
  STARTED+=("$name")
}

# WSGI 服务放在 uwsgi 里；不加 "Connection: close" keystone 的连接会随机断开
start_uwsgi() {
  local name=$1 user=$2 svc=$3 port=$4 procs=$5 threads=$6 wsgi=$7
  shift 7
  start_daemon "$name" "$user" "$svc" uwsgi_python3 --master --die-on-term --no-orphans \
    --need-app --lazy-apps --enable-threads --http-socket "127.0.0.1:$port" \
    --processes "$procs" --threads "$threads" --buffer-size 65535 \
    --add-header "Connection: close" --chdir "$DATA" --procname-prefix "$name-" \
    --wsgi-file "$wsgi" "$@"
}

# 等 HTTP 端口有回应（任何状态码都算）
wait_http() {
  local name=$1 url=$2 i
  for ((i = 0; i < 240; i++)); do
    if curl -s -o /dev/null --max-time 5 "$url"; then return 0; fi
    if ! daemon_pid "$name" >/dev/null; then
      tail -n 30 "$LOGS/$name.log" >&2
      die "$name 退出了（日志 $LOGS/$name.log）"
    fi
    # uwsgi 的主进程还在、工作进程一启动就死（配置错了）：不必等到超时
    if [ "$(awk '/^==== /{n=0} /DAMN ! worker/{n++} END{print n+0}' "$LOGS/$name.log")" -ge 6 ]; then
      grep -v -E 'DAMN ! worker|Respawned uWSGI worker' "$LOGS/$name.log" | tail -n 30 >&2
      die "$name 的工作进程反复退出（日志 $LOGS/$name.log）"
    fi
    sleep 0.5
  done
  die "$name 在 2 分钟内没有应答 $url（日志 $LOGS/$name.log）"
}

# 新起的守护进程 3 秒内不能死掉
check_alive() {
  local name
  sleep 3
  for name in "${STARTED[@]}"; do
    if ! daemon_pid "$name" >/dev/null; then
      tail -n 30 "$LOGS/$name.log" >&2
      die "$name 启动后退出了（日志 $LOGS/$name.log）"
    fi
  done
}

# nova-compute 注册到 cell1（主机映射只需做一次，之后在数据库里）
discover_hosts() {
  local i
  if [ "$(sql "SELECT COUNT(*) FROM nova_api.host_mappings WHERE host='$OS_HOST'")" -gt 0 ]; then
    return 0
  fi
  for ((i = 0; i < 240; i++)); do
    if [ "$(sql "SELECT COUNT(*) FROM nova.compute_nodes WHERE host='$OS_HOST' AND deleted=0")" -gt 0 ]; then
      log "nova-manage cell_v2 discover_hosts"
      as_user nova nova-manage --config-file "$ETC/nova/nova.conf" cell_v2 discover_hosts >&2
      return 0
    fi
    daemon_pid nova-compute >/dev/null || die "nova-compute 退出了（日志 $LOGS/nova-compute.log）"
    sleep 0.5
  done
  die "nova-compute 2 分钟内没有登记计算节点（日志 $LOGS/nova-compute.log）"
}

do_start() {
  STARTED=()
  start_uwsgi keystone keystone keystone 5000 2 4 /usr/bin/keystone-wsgi-public \
    --env "OS_KEYSTONE_CONFIG_FILES=$ETC/keystone/keystone.conf"
  wait_http keystone "$KS/v3"
  # 服务用户、服务目录与端点（一个 python 进程）
  log "keystone：服务用户与端点"
  seed keystone

  start_uwsgi placement placement placement 8778 2 2 /usr/bin/placement-api \
    --env "OS_PLACEMENT_CONFIG_DIR=$ETC/placement"
  start_daemon glance-api glance glance glance-api --config-file "$ETC/glance/glance-api.conf"
  # nova-api 与 cinder-api 用 eventlet：每个进程只能一个线程，否则建云主机会卡住
  start_uwsgi nova-api nova nova 8774 2 1 /usr/bin/nova-api-wsgi \
    --env "OS_NOVA_CONFIG_FILES=/etc/nova/api-paste.ini;$ETC/nova/nova.conf"
  start_daemon nova-conductor nova nova nova-conductor --config-file "$ETC/nova/nova.conf"
  start_daemon nova-scheduler nova nova nova-scheduler --config-file "$ETC/nova/nova.conf"
  start_daemon neutron-server neutron neutron neutron-server \
    --config-file "$ETC/neutron/neutron.conf" --config-file "$ETC/neutron/ml2_conf.ini"
  # linuxbridge 代理以 root 运行；它只需报告"活着"，端口才能绑定
  start_daemon neutron-linuxbridge-agent root neutron neutron-linuxbridge-agent \
    --config-file "$ETC/neutron/neutron.conf" --config-file "$ETC/neutron/linuxbridge_agent.ini"
  # nova-compute 不装 nova-compute 包（它拉来 libvirt/qemu）；配置里没有数据库连接
  start_daemon nova-compute nova nova "$PY" -c \
    'import sys; from nova.cmd.compute import main; sys.exit(main())' \
    --config-file "$ETC/nova/nova-compute.conf"
  start_uwsgi cinder-api cinder cinder 8776 2 1 /usr/bin/cinder-wsgi \
    --pyargv "--config-file $ETC/cinder/cinder.conf"
  start_daemon cinder-scheduler cinder cinder cinder-scheduler --config-file "$ETC/cinder/cinder.conf"
  start_daemon cinder-volume cinder cinder env "PYTHONPATH=$ETC/cinder/python" \
    cinder-volume --config-file "$ETC/cinder/cinder.conf"

  if [ "${#STARTED[@]}" -gt 0 ]; then check_alive; fi
  wait_http placement http://127.0.0.1:8778/
  wait_http glance-api http://127.0.0.1:9292/
  wait_http nova-api http://127.0.0.1:8774/
  wait_http neutron-server http://127.0.0.1:9696/
  wait_http cinder-api http://127.0.0.1:8776/
  discover_hosts
}

# ───────────────────────────── seed ─────────────────────────────
write_client_files() {
  write_file "$STATE/clouds.yaml" root <<EOF
# 本机 OpenStack（scripts/setup/openstack.sh 生成）
clouds:
  govcloud-test:
    auth:
      auth_url: $KS/v3
      username: admin
      password: $ADMIN_PASS
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
EOF
  write_file "$STATE/openrc" root <<EOF
# 本机 OpenStack 的 admin 凭据（scripts/setup/openstack.sh 生成）：. $STATE/openrc
export OS_AUTH_URL=$KS/v3
export OS_USERNAME=admin
export OS_PASSWORD=$ADMIN_PASS
export OS_PROJECT_NAME=admin
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_REGION_NAME=RegionOne
export OS_INTERFACE=public
export OS_IDENTITY_API_VERSION=3
EOF
  chmod 0644 "$STATE/clouds.yaml" "$STATE/openrc"
}

# seed.py（一个 python 进程里用 openstacksdk 做完）
seed() {
  OS_SEED_KEYSTONE=$KS OS_SEED_ADMIN_PASS=$ADMIN_PASS OS_SEED_SERVICE_PASS=$SVC_PASS \
    OS_SEED_HOST=$OS_HOST "$PY" "$HERE/openstack/seed.py" "$1" >&2
}

do_seed() {
  seed resources
  write_client_files
}

# 本机 OpenStack 占用的内存（MB，PSS：共享页按进程平摊）：各守护进程的会话 + MariaDB、RabbitMQ、memcached
our_memory_mb() {
  local name pid pids=()
  for name in "${DAEMONS[@]}"; do
    if pid=$(daemon_pid "$name"); then mapfile -t -O "${#pids[@]}" pids < <(pgrep -s "$pid"); fi
  done
  mapfile -t -O "${#pids[@]}" pids < <(pgrep -x 'mariadbd|beam.smp|memcached|epmd|erl_child_setup')
  for pid in "${pids[@]}"; do
    awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true
  done | awk '{s += $1} END {printf "%d", s / 1024}'
}

# ───────────────────────────── main ─────────────────────────────
log "状态目录 $STATE"
phase install
do_install
phase configure
do_configure
phase start
do_start
phase seed
do_seed
phase
log "完成，共 $(($(date +%s) - T0)) 秒（${TIMINGS[*]}）；占用内存约 $(our_memory_mb) MB"
echo "$STATE/clouds.yaml"
