#!/usr/bin/env bash
# 审批计划：把一个系统的预览保存成 Pulumi 更新计划（pulumi preview --refresh --save-plan），实施时
# scripts/provision/up.sh --plan 只运行这份计划。审批阶段的工作流（plan.yml）运行它，把计划作为工作流制品
# 保存，把 sha256 写进 PR 的评论。说明见 docs/apply.md。
#
# 用法：scripts/provision/preview.sh <单位/系统>     （在仓库根目录或任意目录运行）
# 调用者给出的与 up.sh 相同（pulumi、提供者插件、PULUMI_BACKEND_URL、PULUMI_CONFIG_PASSPHRASE、云凭据；
# 预览只读云，只读凭据即可）。
# 输出（GOVCLOUD_OUT，默认 <仓库>/out）：plans/<stack>.json 计划、plans/<stack>.json.sha256（sha256sum 的格式）、
#   plans/<stack>.md 阶段评论中的审批计划一节。标准输出的最后一行是计划文件的路径。
# 退出码：0 已保存；1 期望状态被拒绝发放（原因已打印）；其他：pulumi 故障。
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${1:?用法：scripts/provision/preview.sh <单位/系统>}"
out="${GOVCLOUD_OUT:-${root}/out}"
mkdir -p "${out}/plans"
# shellcheck source-path=SCRIPTDIR source=stack.sh
. "${root}/scripts/provision/stack.sh"

cd "${root}"
prepare_stack

file="${out}/plans/${stack}.json"
log "pulumi preview --refresh --save-plan ${stack}"
# --refresh：计划以云上此刻的实际状态为准，之后云上的带外改动在实施时才看得出来（见 docs/apply.md）
pulumi preview --refresh --non-interactive --diff --cwd "${root}/pulumi" --stack "${stack}" --save-plan "${file}" >&2
(cd "${out}/plans" && sha256sum "${stack}.json" >"${stack}.json.sha256")
govcloud saved-plan show --plan "${file}" --stack "${stack}" --artifact "plan-${stack}" ${GITHUB_RUN_ID:+--run "${GITHUB_RUN_ID}"} >"${out}/plans/${stack}.md"
log "审批计划 ${file}（sha256 $(cut -c1-64 "${file}.sha256")）"
echo "${file}"
