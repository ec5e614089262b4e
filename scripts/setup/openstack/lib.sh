# shellcheck shell=bash disable=SC2034  # 变量给 source 它的脚本用
# openstack.sh 与 openstack-stop.sh 共用的变量与函数（由它们 source，不单独运行）。

STATE=${GOVCLOUD_OPENSTACK_STATE:-/var/lib/govcloud-openstack}
ETC=$STATE/etc      # 生成的配置文件（不改 Debian 的 /etc/<服务>/）
RUN=$STATE/run      # pidfile 与配置指纹
LOGS=$STATE/log     # 每个守护进程一个日志
DATA=$STATE/data    # 各服务的 state_path、锁、fernet 密钥、镜像文件

# 启动顺序；停止时倒序
DAEMONS=(keystone placement glance-api nova-api nova-conductor nova-scheduler
  neutron-server neutron-linuxbridge-agent nova-compute
  cinder-api cinder-scheduler cinder-volume)

log() {
  printf '%s openstack: %s\n' "$(date '+%H:%M:%S')" "$*" >&2
}

die() {
  log "错误：$*"
  exit 1
}

# 进程 PID 的启动时刻（/proc/PID/stat 第 22 项，开机以来的时钟滴答数）
proc_start() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  cut -d' ' -f20 <<<"$stat"
}

# 守护进程 NAME 的 pid（还在运行时），否则返回 1。
# pidfile 旁边记着进程的启动时刻：pid 被别的进程复用时不会误认。
daemon_pid() {
  local name=$1 pid start
  [ -f "$RUN/$name.pid" ] || return 1
  pid=$(cat "$RUN/$name.pid")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  start=$(proc_start "$pid") || return 1
  [ -n "$start" ] && [ "$start" = "$(cat "$RUN/$name.start" 2>/dev/null)" ] || return 1
  echo "$pid"
}

# 会话 SID 里还有没退出的进程（僵尸不算：这里的 1 号进程不一定及时收尸）
session_alive() {
  pgrep -s "$1" -r R,S,D,T,t,I >/dev/null 2>&1
}

# 停止守护进程 NAME...：向各自的进程组（setsid 启动，pgid = sid = pid）发 TERM，
# 一起等最多 20 秒，还没退出的 KILL。
stop_daemons() {
  local name pid i pids=()
  for name in "$@"; do
    if pid=$(daemon_pid "$name"); then
      log "停止 $name（pid $pid）"
      kill -TERM -- "-$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
    rm -f "$RUN/$name.pid" "$RUN/$name.start" "$RUN/$name.hash"
  done
  for ((i = 0; i < 100; i++)); do
    local left=()
    for pid in "${pids[@]}"; do
      if session_alive "$pid"; then left+=("$pid"); fi
    done
    pids=("${left[@]}")
    [ "${#pids[@]}" -gt 0 ] || return 0
    sleep 0.2
  done
  for pid in "${pids[@]}"; do
    log "会话 $pid 20 秒内没有退出：KILL"
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
}

# 端口 PORT 上有进程在 127.0.0.1 监听
listening() {
  ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
}
