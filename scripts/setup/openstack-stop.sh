#!/usr/bin/env bash
# 停止 scripts/setup/openstack.sh 启动的本机 OpenStack：先按 pidfile 倒序停各守护进程，
# 再停 RabbitMQ、memcached、MariaDB。数据（数据库、镜像、状态目录）都留着，
# 再运行 openstack.sh 就原样起来。什么都没在运行时也以 0 退出。
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=openstack/lib.sh
. "$HERE/openstack/lib.sh"

[ "$(id -u)" -eq 0 ] || die "请以 root 运行"

if [ -d "$RUN" ]; then
  names=()
  for ((i = ${#DAEMONS[@]} - 1; i >= 0; i--)); do
    names+=("${DAEMONS[i]}")
  done
  # 名单以外的 pidfile（旧版本留下的）也停
  for f in "$RUN"/*.pid; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .pid)
    [[ " ${names[*]} " == *" $name "* ]] || names+=("$name")
  done
  stop_daemons "${names[@]}"
fi

if [ -x /etc/init.d/rabbitmq-server ] && listening 5672; then
  log "停止 RabbitMQ"
  /etc/init.d/rabbitmq-server stop >&2 || true
fi
# RabbitMQ 启动的 epmd 不随它退出
if command -v epmd >/dev/null 2>&1 && listening 4369; then
  epmd -kill >/dev/null 2>&1 || true
fi
if [ -x /etc/init.d/memcached ] && listening 11211; then
  log "停止 memcached"
  /etc/init.d/memcached stop >&2 || true
fi
if [ -x /etc/init.d/mariadb ] && mysqladmin ping >/dev/null 2>&1; then
  log "停止 MariaDB"
  /etc/init.d/mariadb stop >&2 || true
fi
log "已停止"
