# shellcheck shell=bash
# preview.sh 与 up.sh 共用（source 进来，不单独运行）：一个系统的 stack 准备到可以 preview / up 的样子。
#   govcloud plan → 拒绝发放就停（退出码 1）→ stack 与配置 → 撤销申请写明了数据情况的资源在 state 里解除保护
# 调用者先设好：root（仓库根目录）、target（单位/系统）；之后可用：unit、system、stack、cloud、govcloud、log。
# 解除保护只改 state 中的 protect 标记：预览时（审批）也要做，否则 pulumi preview 会因删除受保护的资源而失败；
# 撤销没有合并时，下一次发放按程序把它们重新保护起来（程序给每个资源都写明了 protect）。

# 由 source 它的脚本设置
: "${root:?}" "${target:?}"
stack=""
cloud=""
unit="${target%%/*}"
system="${target#*/}"

govcloud() { node "${root}/scripts/bin/govcloud.js" "$@"; }
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# prepare_stack：设置 stack 与 cloud；期望状态被拒绝时打印原因并 exit 1
prepare_stack() {
  local plan releases status=0 urn
  plan="$(mktemp)"
  releases="$(mktemp)"
  # 1 是有系统被拒绝发放（JSON 照样完整），2 是故障
  govcloud plan --system "${target}" --format json >"${plan}" || status=$?
  if [ "${status}" -gt 1 ]; then rm -f "${plan}" "${releases}"; exit "${status}"; fi
  if [ "$(jq '.systems[0].refusals | length' "${plan}")" -gt 0 ]; then
    govcloud plan --system "${target}" >&2 || true
    log "${target} 的期望状态不能发放（见上）。改正的申请合并后会再次运行。"
    rm -f "${plan}" "${releases}"
    exit 1
  fi
  stack="$(jq -r '.systems[0].stack' "${plan}")"
  cloud="$(jq -r '.systems[0].cloud' "${plan}")"

  log "stack ${stack}（云环境 ${cloud}）"
  pulumi stack select --create --non-interactive --cwd "${root}/pulumi" "${stack}"
  pulumi config set --cwd "${root}/pulumi" --stack "${stack}" unit "${unit}"
  pulumi config set --cwd "${root}/pulumi" --stack "${stack}" system "${system}"
  pulumi config set --cwd "${root}/pulumi" --stack "${stack}" cloud "${cloud}"

  # 撤销申请写明了数据情况的资源：先在 state 里解除保护，pulumi 才能删除它们；其余受保护的资源照旧。
  # 改接网络（如测试区转生产区）的主机实例：Nova 要新建实例，先解除保护，程序在 up 时重新保护；卷不解除
  jq -r '.systems[0].releases[].urns[], (.systems[0].moves // [])[].urns[]' "${plan}" >"${releases}"
  while read -r urn; do
    [ -n "${urn}" ] || continue
    log "解除保护 ${urn}"
    pulumi state unprotect --yes --non-interactive --cwd "${root}/pulumi" --stack "${stack}" "${urn}" ||
      log "${urn} 不在 stack 中（已删除？）"
  done <"${releases}"
  rm -f "${plan}" "${releases}"
}
