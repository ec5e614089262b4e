/**
 * 密钥不出现在任何输出中：webhook 地址（含 key、access_token）、钉钉加签密钥、SMTP 密码，
 * 以及它们 URL 编码后的形式，在错误与日志中都写成 `***`。
 */
export function redactor(secrets: readonly (string | undefined)[]): (s: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    // webhook 地址中的查询参数值（key=…、access_token=…）单独也算密钥
    try {
      const url = new URL(secret);
      for (const value of url.searchParams.values()) if (value.length >= 4) forms.add(value);
      if (url.password) forms.add(url.password);
    } catch {
      // 不是地址
    }
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return (s) => {
    let out = s;
    for (const f of sorted) out = out.split(f).join("***");
    return out;
  };
}
