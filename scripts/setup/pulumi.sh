#!/usr/bin/env bash
# 构建 Pulumi CLI 与 Node.js 语言宿主（只从 Go 模块代理取源码，不下载发布包；`pulumi plugin install`
# 和 npm 的 pulumi 包在这里都用不了），缓存在固定目录里，之后的运行直接复用。
# 用法：PATH="$(bash scripts/setup/pulumi.sh | tail -n1):$PATH"   → 最后一行 stdout 是要放进 PATH 的目录
#
# 目录 ${GOVCLOUD_TOOLS:-~/.cache/govcloud-tools}/pulumi-v3.248.0/bin 里装三个文件：
#   pulumi                          CLI v3.248.0（与 package-lock.json 里的 @pulumi/pulumi 同版本），
#                                   外壳模块 scripts/setup/pulumi/cli/
#   pulumi-language-nodejs-v3.68.0  模块代理上最新的 Node.js 语言宿主（在 sdk/v3@v3.68.0 里），
#                                   外壳模块 scripts/setup/pulumi/language-nodejs/
#   pulumi-language-nodejs          启动器（同一外壳模块的 main.go）：新引擎不再用命令行参数传
#                                   Pulumi.yaml 的 runtime.options，启动器从项目文件读出来补给旧宿主
#                                   （typescript: false、nodeargs: "--import tsx" 靠它生效，细节见 main.go）
# 每组二进制旁边有一个 .stamp-* 文件，记录版本与外壳模块文件的哈希；一致就跳过构建，改了外壳模块会自动重建。
# 构建用 go.mod / go.sum 里锁定的版本（go build 默认 -mod=readonly，不改外壳模块）；进度与用时写到 stderr。
#
# 使用时（本地文件后端，不联网）：
#   PULUMI_BACKEND_URL=file://<目录>  PULUMI_CONFIG_PASSPHRASE=（可为空）  PULUMI_SKIP_UPDATE_CHECK=1
#   PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=1（缺插件时直接报错，不去下载）
# 资源提供者插件（如 pulumi-resource-openstack）另行构建，放在 PATH 上即可被引擎找到。
set -euo pipefail

cli_version=v3.248.0
nodejs_host_version=v3.68.0

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${GOVCLOUD_TOOLS:-${HOME}/.cache/govcloud-tools}/pulumi-${cli_version}/bin"
version_var=github.com/pulumi/pulumi/sdk/v3/go/common/version.Version

log() { echo "pulumi.sh：$*" >&2; }

# stamp NAME VERSION MODULE_DIR → 期望的标记内容（版本、Go 版本、外壳模块文件的哈希）
stamp() {
  local name=$1 version=$2 dir=$3
  printf '%s %s %s\n' "$name" "$version" "$(go env GOVERSION)"
  (cd "$dir" && find . -maxdepth 1 -type f \( -name 'go.mod' -o -name 'go.sum' -o -name '*.go' \) -print0 |
    LC_ALL=C sort -z | xargs -0 sha256sum)
}

# up_to_date STAMP_FILE EXPECTED FILE... → 标记一致且文件都在时返回 0
up_to_date() {
  local file=$1 expected=$2
  shift 2
  [ -f "$file" ] && [ "$(cat "$file")" = "$expected" ] || return 1
  local f
  for f in "$@"; do [ -x "$f" ] || return 1; done
}

# build LABEL MODULE_DIR OUTPUT PACKAGE LDFLAGS → 构建到临时文件再改名（中途失败不留半个文件），报用时与大小
build() {
  local label=$1 dir=$2 out=$3 pkg=$4 ldflags=$5
  local tmp="${out}.tmp.$$" start=${EPOCHREALTIME}
  log "构建 ${label} ……"
  if ! (cd "$dir" && go build -trimpath -buildvcs=false -ldflags "-s -w ${ldflags}" -o "$tmp" "$pkg") >&2; then
    rm -f "$tmp"
    log "${label} 构建失败"
    return 1
  fi
  mv -f "$tmp" "$out"
  local seconds size
  seconds=$(awk -v a="$start" -v b="${EPOCHREALTIME}" 'BEGIN { printf "%.1f", b - a }')
  size=$(du -h "$out" | cut -f1)
  log "${label}：用时 ${seconds} 秒，大小 ${size}（${out}）"
}

command -v go >/dev/null 2>&1 || { log "需要 go（Go 工具链）"; exit 1; }
mkdir -p "$bin"

# 1. CLI
cli_dir="${here}/pulumi/cli"
cli_stamp="$(stamp pulumi "$cli_version" "$cli_dir")"
if up_to_date "${bin}/.stamp-cli" "$cli_stamp" "${bin}/pulumi"; then
  log "pulumi ${cli_version} 已构建，跳过。"
else
  build "pulumi ${cli_version}" "$cli_dir" "${bin}/pulumi" \
    github.com/pulumi/pulumi/pkg/v3/cmd/pulumi "-X ${version_var}=${cli_version}"
  printf '%s\n' "$cli_stamp" >"${bin}/.stamp-cli"
fi

# 2. Node.js 语言宿主与启动器
host_dir="${here}/pulumi/language-nodejs"
host_name="pulumi-language-nodejs-${nodejs_host_version}"
host_stamp="$(stamp pulumi-language-nodejs "$nodejs_host_version" "$host_dir")"
if up_to_date "${bin}/.stamp-language-nodejs" "$host_stamp" "${bin}/${host_name}" "${bin}/pulumi-language-nodejs"; then
  log "pulumi-language-nodejs ${nodejs_host_version} 已构建，跳过。"
else
  build "pulumi-language-nodejs ${nodejs_host_version}" "$host_dir" "${bin}/${host_name}" \
    github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs "-X ${version_var}=${nodejs_host_version}"
  build "pulumi-language-nodejs 启动器" "$host_dir" "${bin}/pulumi-language-nodejs" \
    . "-X main.realHost=${host_name}"
  printf '%s\n' "$host_stamp" >"${bin}/.stamp-language-nodejs"
fi

echo "$bin"
