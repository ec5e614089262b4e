#!/usr/bin/env bash
# 构建 VictoriaMetrics 单机版（victoria-metrics），只从 Go 模块代理取源码（不下载发布包），缓存在固定目录里，
# 之后的运行直接复用。审计在 10 万台主机以上改用可横向扩展的 Prometheus 兼容存储时，查询与 Prometheus 相同；
# test/audit/victoria-metrics.test.ts 用它验证这一点（见 docs/audit-scale.md）。
# 用法：PATH="$(bash scripts/setup/victoria-metrics.sh | tail -n1):$PATH"   → 最后一行 stdout 是要放进 PATH 的目录
#
# 目录 ${GOVCLOUD_TOOLS:-~/.cache/govcloud-tools}/victoria-metrics-<版本>/bin 里一个文件 victoria-metrics；
# 旁边的 .stamp 记录版本与 Go 版本，一致就跳过构建。go install 用该版本自己的 go.mod / go.sum（需要 cgo：
# gozstd 带有预编译的 zstd 静态库）。这台机器上约 1 分钟（含下载模块）。进度与用时写到 stderr。
set -euo pipefail

version=v1.148.9
module=github.com/VictoriaMetrics/VictoriaMetrics/app/victoria-metrics

bin="${GOVCLOUD_TOOLS:-${HOME}/.cache/govcloud-tools}/victoria-metrics-${version}/bin"
log() { echo "victoria-metrics.sh：$*" >&2; }

command -v go >/dev/null 2>&1 || { log "需要 go（Go 工具链）"; exit 1; }
mkdir -p "$bin"
expected="victoria-metrics ${version} $(go env GOVERSION)"
if [ -x "${bin}/victoria-metrics" ] && [ -f "${bin}/.stamp" ] && [ "$(cat "${bin}/.stamp")" = "$expected" ]; then
  log "victoria-metrics ${version} 已构建，跳过。"
else
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  start=${EPOCHREALTIME}
  log "构建 victoria-metrics ${version} ……"
  if ! GOBIN="$tmp" go install -trimpath -buildvcs=false \
    -ldflags "-s -w -X github.com/VictoriaMetrics/VictoriaMetrics/lib/buildinfo.Version=victoria-metrics-${version}" \
    "${module}@${version}" >&2; then
    log "victoria-metrics ${version} 构建失败"
    exit 1
  fi
  mv -f "${tmp}/victoria-metrics" "${bin}/victoria-metrics"
  printf '%s\n' "$expected" >"${bin}/.stamp"
  seconds=$(awk -v a="$start" -v b="${EPOCHREALTIME}" 'BEGIN { printf "%.1f", b - a }')
  log "victoria-metrics ${version}：用时 ${seconds} 秒，大小 $(du -h "${bin}/victoria-metrics" | cut -f1)（${bin}）"
fi
echo "$bin"
