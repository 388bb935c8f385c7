/**
 * The portal's Content-Security-Policy for HTML pages (DocSpace-server CspSettingsHelper.cs):
 * each tenant CSP domain joins script, style, img, frame, frame-ancestors, font, connect and media.
 * The default connect-src is `'self' data: ws:`. The about:blank plugin iframe inherits it.
 */
export function buildCsp(domains: Iterable<string>): string {
  const extra = [...domains].join(" ");
  const withDomains = (base: string): string => (extra ? `${base} ${extra}` : base);
  return [
    "default-src 'self'",
    withDomains("script-src 'self'"),
    withDomains("style-src 'self' 'unsafe-inline'"),
    withDomains("img-src 'self' data: blob:"),
    withDomains("frame-src 'self'"),
    withDomains("frame-ancestors 'self'"),
    withDomains("font-src 'self' data:"),
    withDomains("connect-src 'self' data: ws:"),
    withDomains("media-src 'self'"),
  ].join("; ");
}
