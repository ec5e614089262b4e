#!/usr/bin/env bash
# 发放一个系统（发放流水线的 up 作业与端到端测试走的是同一个脚本）：
#   govcloud plan → 拒绝发放就停 → stack 与配置 → 撤销的资源解除保护 → pulumi up → stack 输出
#   → 每个申请的交付记录（requests/<单位>/<系统>/deliveries/）、交付通知与交付清单
#
# 用法：scripts/provision/up.sh <单位/系统> [申请序号 …]     （在仓库根目录或任意目录运行）
# 调用者给出：
#   pulumi 在 PATH 上，OpenStack 提供者插件已安装（或 pulumi-resource-openstack 在 PATH 上）；
#   PULUMI_BACKEND_URL、PULUMI_CONFIG_PASSPHRASE（或 PULUMI_CONFIG_PASSPHRASE_FILE）；
#   云凭据：OS_CLIENT_CONFIG_FILE（clouds.yaml，条目名与 pulumi/site.yaml 的 cloud 一致）或 OS_* 环境变量。
# 可选：GOVCLOUD_OUT 输出目录（默认 <仓库>/out）：notices/、checklists/、outputs/<stack>.json；
#       GOVCLOUD_DATE 交付日期（默认北京时间今天）。
# 退出码：0 已发放；1 期望状态被拒绝发放（原因已打印）；其他：pulumi 或交付记录失败。
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${1:?用法：scripts/provision/up.sh <单位/系统> [申请序号 …]}"
shift
# 先查外部工具：缺了就说装什么、怎么装（退出码 2），而不是半路上 “command not found”
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  printf 'up.sh：找不到 %s（PATH 上没有）。%s\n' "$1" "$2" >&2
  exit 2
}
need node "请安装 Node.js 20。"
need jq "请安装 Debian 的 jq 包：apt-get install --no-install-recommends jq。"
need pulumi '请运行 PATH="$(bash scripts/setup/pulumi.sh | tail -n1):$PATH" 构建 Pulumi CLI 并放进 PATH（见 docs/engineering.md）。'
unit="${target%%/*}"
system="${target#*/}"
out="${GOVCLOUD_OUT:-${root}/out}"
mkdir -p "${out}/notices" "${out}/checklists" "${out}/outputs"

govcloud() { node "${root}/scripts/bin/govcloud.js" "$@"; }
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cd "${root}"
plan="$(mktemp)"
releases="$(mktemp)"
trap 'rm -f "${plan}" "${releases}"' EXIT

# 1 是有系统被拒绝发放（JSON 照样完整），2 是故障
status=0
govcloud plan --system "${target}" --format json >"${plan}" || status=$?
if [ "${status}" -gt 1 ]; then exit "${status}"; fi
if [ "$(jq '.systems[0].refusals | length' "${plan}")" -gt 0 ]; then
  govcloud plan --system "${target}" >&2 || true
  log "${target} 的期望状态不能发放（见上）。改正的申请合并后会再次运行。"
  exit 1
fi
stack="$(jq -r '.systems[0].stack' "${plan}")"
cloud="$(jq -r '.systems[0].cloud' "${plan}")"

log "stack ${stack}（云环境 ${cloud}）"
pulumi stack select --create --non-interactive --cwd pulumi "${stack}"
pulumi config set --cwd pulumi --stack "${stack}" unit "${unit}"
pulumi config set --cwd pulumi --stack "${stack}" system "${system}"
pulumi config set --cwd pulumi --stack "${stack}" cloud "${cloud}"

# 撤销申请写明了数据情况的资源：先在 state 里解除保护，pulumi up 才能删除它们；其余受保护的资源照旧
jq -r '.systems[0].releases[].urns[]' "${plan}" >"${releases}"
while read -r urn; do
  [ -n "${urn}" ] || continue
  log "解除保护 ${urn}"
  pulumi state unprotect --yes --non-interactive --cwd pulumi --stack "${stack}" "${urn}" ||
    log "${urn} 不在 stack 中（已删除？）"
done <"${releases}"

log "pulumi up ${stack}"
pulumi up --yes --non-interactive --skip-preview --diff --cwd pulumi --stack "${stack}"

outputs="${out}/outputs/${stack}.json"
pulumi stack output --json --cwd pulumi --stack "${stack}" >"${outputs}"
for n in "$@"; do
  log "交付记录 ${target} 申请 ${n}"
  govcloud deliver --system "${target}" --application "${n}" --outputs "${outputs}" \
    ${GOVCLOUD_DATE:+--date "${GOVCLOUD_DATE}"} \
    --notification "${out}/notices/${unit}--${system}--${n}.md"
  govcloud checklist --system "${target}" --application "${n}" >"${out}/checklists/${unit}--${system}--${n}.md"
  [ -s "${out}/checklists/${unit}--${system}--${n}.md" ] || rm "${out}/checklists/${unit}--${system}--${n}.md"
done
log "完成：${stack}"
