#!/usr/bin/env bash
# 构建 actionlint（从 Go 模块代理，不下载预编译二进制），缓存在固定目录里，之后的运行直接复用。
# 用法：bash scripts/setup/actionlint.sh  → 打印 actionlint 的路径
set -euo pipefail
version=v1.7.12
dir="${GOVCLOUD_TOOLS:-${HOME}/.cache/govcloud-tools}/actionlint-${version}"
if [ ! -x "${dir}/actionlint" ]; then
  mkdir -p "${dir}"
  GOBIN="${dir}" GOFLAGS=-mod=mod go install "github.com/rhysd/actionlint/cmd/actionlint@${version}" >&2
fi
echo "${dir}/actionlint"
