#!/usr/bin/env bash
# 夜间审计的 Prometheus 测试与基准所需的 Debian 软件包：
#   prometheus   提供 prometheus（测试时在 127.0.0.1 的空闲端口上临时启动，加载仓库的记录规则
#                prometheus/rules/govcloud.yml）与 promtool（check rules：检查规则文件；tsdb create-blocks-from
#                openmetrics / rules：把 OpenMetrics 文本与记录规则的结果回填成历史数据块）
# 只装这一个包，不装推荐的 node exporter；不启用系统服务（测试自己启动、自己停止）。
# 可重复运行：已安装时什么也不做；只有软件包索引里找不到它（或安装失败）时才 apt-get update。
set -euo pipefail

package=prometheus

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if installed "$package" && command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  echo "prometheus.sh：$package 已安装。"
else
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "prometheus.sh：需要 root 权限安装 $package（没有 sudo）。请以 root 运行本脚本。" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # 容器里没有 init：安装时不要尝试启动系统服务
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
    "${as_root[@]}" chmod +x "$policy"
    created_policy=1
  fi
  cleanup() {
    if [ "$created_policy" -eq 1 ]; then "${as_root[@]}" rm -f "$policy"; fi
  }
  trap cleanup EXIT
  install_it() {
    "${as_root[@]}" apt-get install -y --no-install-recommends "$package"
  }
  # 索引中没有这个包（新机器上从未 update 过）时先更新索引
  if ! apt-cache show "$package" >/dev/null 2>&1; then
    "${as_root[@]}" apt-get update
  fi
  # 索引过旧时下载会 404：更新后再试一次
  if ! install_it; then
    "${as_root[@]}" apt-get update
    install_it
  fi
fi

for tool in prometheus promtool; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "prometheus.sh：安装后仍找不到 $tool。" >&2
    exit 1
  fi
done
echo "prometheus.sh：$(prometheus --version 2>&1 | head -n 1)。"
