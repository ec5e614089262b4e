#!/usr/bin/env bash
# 构建 Pulumi 的 OpenStack 资源提供者插件 pulumi-resource-openstack（报告版本 3.15.2，与 @pulumi/openstack 3.15.2 一致），
# 只用 Go 模块代理：官方的 github.com/pulumi/pulumi-openstack/provider 模块代理不提供，
# 所以用 scripts/setup/pulumi-openstack/ 里我们自己的桥接提供者（terraform-provider-openstack v3 + pulumi-terraform-bridge）。
# 步骤：把模块复制到缓存目录下的临时构建目录 → 构建 pulumi-tfgen-openstack → 生成 schema.json（约 2 MB，不入库）
#       → 构建嵌入该 schema 的 pulumi-resource-openstack。
# 缓存：${GOVCLOUD_TOOLS:-~/.cache/govcloud-tools}/pulumi-resource-openstack-v3.15.2/bin/；模块源文件
#       （go.mod、go.sum、*.go，不含测试）和本脚本的哈希没变时什么也不做。
# 用法：bash scripts/setup/pulumi-openstack.sh  → 最后一行（stdout）打印 bin 目录，把它加到 PATH 前面，
#       Pulumi 引擎就从 PATH 取用这个插件（不下载）。进度与耗时打印在 stderr。
set -euo pipefail
version=3.15.2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="${here}/pulumi-openstack"
dir="${GOVCLOUD_TOOLS:-${HOME}/.cache/govcloud-tools}/pulumi-resource-openstack-v${version}"
bin="${dir}/bin"

source_hash() {
  (
    cd "${src}"
    find . -type f \( -name '*.go' -o -name go.mod -o -name go.sum \) ! -name '*_test.go' -print | LC_ALL=C sort |
      xargs sha256sum
    sha256sum < "${here}/pulumi-openstack.sh"
  ) | sha256sum | cut -d' ' -f1
}
hash="$(source_hash)"

up_to_date() {
  [ -x "${bin}/pulumi-resource-openstack" ] && [ "$(cat "${dir}/source.sha256" 2>/dev/null)" = "${hash}" ]
}

if ! up_to_date; then
  mkdir -p "${dir}"
  # 同时运行两次时，第二次等第一次构建完再看缓存
  exec 9>"${dir}/.lock"
  flock 9
fi
if up_to_date; then
  echo "${bin}"
  exit 0
fi

step() { echo "pulumi-openstack.sh：$*" >&2; }
started=${SECONDS}
build="$(mktemp -d "${dir}/build.XXXXXX")"
trap 'rm -rf "${build}"' EXIT
cp -R "${src}/." "${build}/"
rm -f "${build}/cmd/pulumi-resource-openstack/schema/schema.json"

cd "${build}"
t=${SECONDS}
step "构建 pulumi-tfgen-openstack（首次要下载依赖并编译 pulumi-terraform-bridge，几分钟）……"
go build -trimpath -ldflags "-s -w" -o "${build}/pulumi-tfgen-openstack" ./cmd/pulumi-tfgen-openstack
step "pulumi-tfgen-openstack 用时 $((SECONDS - t)) 秒"

t=${SECONDS}
step "生成 schema.json ……"
# 在 provider/ 里运行：tfgen 在这个目录里用 go mod download 找 terraform-provider-openstack 模块里的文档。
# --skip-examples：把上游 HCL 示例转换成各语言需要 Pulumi CLI 及其 terraform 转换插件，这里没有；描述文字保留。
if ! (cd "${build}/provider" && "${build}/pulumi-tfgen-openstack" schema --skip-examples \
  --out "${build}/cmd/pulumi-resource-openstack/schema" >"${build}/tfgen.log" 2>&1); then
  tail -n 40 "${build}/tfgen.log" >&2
  step "生成 schema 失败"
  exit 1
fi
schema="${build}/cmd/pulumi-resource-openstack/schema/schema.json"
[ -s "${schema}" ] || { step "tfgen 没有写出 ${schema}"; exit 1; }
step "schema.json $(($(stat -c %s "${schema}") / 1024)) KiB，用时 $((SECONDS - t)) 秒"

t=${SECONDS}
step "构建 pulumi-resource-openstack ……"
mkdir -p "${build}/bin"
go build -trimpath -ldflags "-s -w" -o "${build}/bin/pulumi-resource-openstack" ./cmd/pulumi-resource-openstack
reported="$("${build}/bin/pulumi-resource-openstack" -version)"
[ "${reported}" = "${version}" ] || { step "插件报告的版本是 ${reported}，应为 ${version}"; exit 1; }
step "pulumi-resource-openstack $(($(stat -c %s "${build}/bin/pulumi-resource-openstack") / 1024 / 1024)) MiB，用时 $((SECONDS - t)) 秒"

# 换上新的 bin 目录与 schema（供 OPENSTACK_SCHEMA=… go test 检查），最后写哈希
rm -rf "${bin}.old"
[ -d "${bin}" ] && mv "${bin}" "${bin}.old"
mv "${build}/bin" "${bin}"
rm -rf "${bin}.old"
cp "${schema}" "${dir}/schema.json"
echo "${hash}" >"${dir}/source.sha256"
step "完成，共用时 $((SECONDS - started)) 秒"
echo "${bin}"
