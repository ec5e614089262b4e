#!/usr/bin/env bash
# 渲染官方表单（govcloud render --to pdf）所需的 Debian 软件包：
#   chromium        无头打印 PDF（由 playwright-core 驱动，不下载浏览器）
#   fonts-noto-cjk  中文字体（思源黑体、思源宋体），否则 PDF 中的汉字是方框
#   fonts-dejavu-core  勾选框 ☑ 等符号（Noto CJK 中没有）
#   fontconfig      fc-list：检查字体已登记
#   poppler-utils   pdftotext、pdftoppm：测试读取 PDF 的文字、把页面转成 PNG
# 可重复运行：已装齐时什么也不做；只有软件包索引里找不到它们（或安装失败）时才 apt-get update。
set -euo pipefail

packages=(chromium fonts-noto-cjk fonts-dejavu-core fontconfig poppler-utils)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "forms.sh：${packages[*]} 均已安装。"
else
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "forms.sh：需要 root 权限安装 ${missing[*]}（没有 sudo）。请以 root 运行本脚本。" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  install_missing() {
    "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
  }
  # 索引中没有这些包（新机器上从未 update 过）时先更新索引
  if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
    "${as_root[@]}" apt-get update
  fi
  # 索引过旧时下载会 404：更新后再试一次
  if ! install_missing; then
    "${as_root[@]}" apt-get update
    install_missing
  fi
fi

# 检查结果：浏览器可执行、字体已登记
chromium="${GOVCLOUD_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "forms.sh：安装后仍找不到 Chromium：$chromium" >&2
  exit 1
fi
if ! fc-list :lang=zh family 2>/dev/null | grep -qi "Noto"; then
  echo "forms.sh：没有找到中文字体（Noto CJK）。" >&2
  exit 1
fi
echo "forms.sh：$("$chromium" --version 2>/dev/null || echo chromium)，中文字体 Noto CJK，$(pdftotext -v 2>&1 | head -n 1)。"
