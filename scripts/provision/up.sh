#!/usr/bin/env bash
# 发放一个系统（发放流水线的 up 作业与端到端测试走的是同一个脚本）：
#   govcloud plan → 拒绝发放就停 → stack 与配置 → 撤销的资源解除保护 → pulumi up → stack 输出
#   → 每个申请的交付记录（requests/<单位>/<系统>/deliveries/）、交付通知与交付清单
#
# 用法：scripts/provision/up.sh [--plan <计划文件> [--sha256 <十六进制>]] <单位/系统> [申请序号 …]
#   （在仓库根目录或任意目录运行）
#   --plan：只运行审批时保存的计划（scripts/provision/preview.sh 写出）。先核对 sha256（默认读 <计划文件>.sha256），
#   再用同一程序重新做一次计划逐项比对，一致才 pulumi up --refresh --plan；说明见 docs/apply.md。
# 调用者给出：
#   pulumi 在 PATH 上，OpenStack 提供者插件已安装（或 pulumi-resource-openstack 在 PATH 上）；
#   PULUMI_BACKEND_URL、PULUMI_CONFIG_PASSPHRASE（或 PULUMI_CONFIG_PASSPHRASE_FILE）；
#   云凭据：OS_CLIENT_CONFIG_FILE（clouds.yaml，条目名与 pulumi/site.yaml 的 cloud 一致）或 OS_* 环境变量。
# 可选：GOVCLOUD_OUT 输出目录（默认 <仓库>/out）：notices/、checklists/、outputs/<stack>.json；
#       GOVCLOUD_DATE 交付日期（默认北京时间今天）。
# 退出码：0 已发放；1 期望状态被拒绝发放（原因已打印）；2 用法错误；3 计划文件不是审批的那份（sha256 不符）；
#   4 审批的计划不再适用（状态或程序在审批之后变了）；3 与 4 的原因写在 out/refusals/<stack>.md，工作流贴到 PR；
#   其他：pulumi 或交付记录失败。
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
plan_file=""
plan_sha=""
while [ $# -gt 0 ]; do
  case "$1" in
    --plan) plan_file="${2:?--plan 后面写计划文件}"; shift 2 ;;
    --sha256) plan_sha="${2:?--sha256 后面写计划文件的 sha256}"; shift 2 ;;
    --) shift; break ;;
    -*) echo "up.sh：未知选项 $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
target="${1:?用法：scripts/provision/up.sh [--plan <计划文件> [--sha256 <十六进制>]] <单位/系统> [申请序号 …]}"
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
out="${GOVCLOUD_OUT:-${root}/out}"
mkdir -p "${out}/notices" "${out}/checklists" "${out}/outputs"
# shellcheck source-path=SCRIPTDIR source=stack.sh
. "${root}/scripts/provision/stack.sh"

cd "${root}"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

# 拒绝的原因：标准错误一份文字，out/refusals/<stack>.md 一份 Markdown（工作流贴到 PR）
refuse() {
  local code="$1" name="$2" text="$3" markdown="$4"
  mkdir -p "${out}/refusals"
  printf '%s\n' "${markdown}" >"${out}/refusals/${name}.md"
  printf '%s\n' "${text}" >&2
  exit "${code}"
}

if [ -n "${plan_file}" ]; then
  [ -f "${plan_file}" ] || { echo "up.sh：计划文件 ${plan_file} 不存在" >&2; exit 2; }
  plan_file="$(cd "$(dirname "${plan_file}")" && pwd)/$(basename "${plan_file}")"
  if [ -z "${plan_sha}" ] && [ -f "${plan_file}.sha256" ]; then plan_sha="$(cut -c1-64 "${plan_file}.sha256")"; fi
  [ -n "${plan_sha}" ] || { echo "up.sh：缺少计划文件的 sha256（--sha256 或 ${plan_file}.sha256）" >&2; exit 2; }
  status=0
  reason="$(govcloud saved-plan verify --plan "${plan_file}" --sha256 "${plan_sha}" --stack "${target}")" || status=$?
  if [ "${status}" -eq 1 ]; then refuse 3 "${target/\//.}" "${reason}" "${reason}"; fi
  [ "${status}" -eq 0 ] || exit "${status}"
fi

prepare_stack

if [ -z "${plan_file}" ]; then
  log "pulumi up ${stack}"
  pulumi up --yes --non-interactive --skip-preview --diff --cwd pulumi --stack "${stack}"
else
  # pulumi up --plan 逐个资源核对，不是全有或全无：先重新做一次计划逐项比对，不同就一处也不动
  log "重新做计划，与审批的计划比对 ${stack}"
  pulumi preview --refresh --non-interactive --cwd pulumi --stack "${stack}" --save-plan "${work}/current.json" >&2
  status=0
  govcloud saved-plan compare --reviewed "${plan_file}" --current "${work}/current.json" --stack "${stack}" \
    >"${work}/refusal.txt" || status=$?
  if [ "${status}" -eq 1 ]; then
    govcloud saved-plan compare --reviewed "${plan_file}" --current "${work}/current.json" --stack "${stack}" \
      --format markdown >"${work}/refusal.md" || true
    refuse 4 "${stack}" "$(cat "${work}/refusal.txt")" "$(cat "${work}/refusal.md")"
  fi
  [ "${status}" -eq 0 ] || exit "${status}"
  log "pulumi up --plan ${stack}"
  status=0
  pulumi up --yes --non-interactive --skip-preview --refresh --diff --cwd pulumi --stack "${stack}" \
    --plan "${plan_file}" 2>&1 | tee "${work}/up.log" || status=$?
  # 引擎的两种说法：资源的输入与计划不同（violates plan），计划里没有这一步（not allowed by the plan）
  if [ "${status}" -ne 0 ] && grep -Eq 'violates plan|is not allowed by the plan' "${work}/up.log"; then
    details="$(grep -E 'error: .*(violates plan|is not allowed by the plan)' "${work}/up.log" | sed 's/^ *//; s/^/  - /' | sort -u)"
    refuse 4 "${stack}" \
      "${stack}：审批的计划在实施过程中不再适用（比对之后状态或程序又变了），pulumi 停在违反计划的资源上；之前符合计划的资源可能已经改了。${details:+
${details}}
请重新做审批计划（scripts/provision/preview.sh），审批通过后再实施。" \
      "${stack}：审批的计划在实施过程中不再适用（比对之后状态或程序又变了），pulumi 停在违反计划的资源上；之前符合计划的资源可能已经改了。详情见工作流日志。请重新做审批计划并重新审批。"
  fi
  [ "${status}" -eq 0 ] || exit "${status}"
fi

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
