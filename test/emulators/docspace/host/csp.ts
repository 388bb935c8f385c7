/**
 * The portal's Content-Security-Policy for HTML pages (ONLYOFFICE/DocSpace-server
 * products/ASC.Files/Core/Helpers/CspSettingsHelper.cs CreateHeaderAsync): each tenant CSP domain
 * joins script, style, img, frame, frame-ancestors, font, connect and media; there is no worker-src
 * or child-src, so workers fall back to script-src (https://www.w3.org/TR/CSP3/#directive-worker-src).
 * The defaults here are stricter than the real ones (ONLYOFFICE/DocSpace-buildtools
 * config/appsettings.json `csp.default`: script-src also has 'unsafe-inline' 'unsafe-eval' blob:,
 * default-src also data:), never kinder. The about:blank plugin iframe inherits the policy.
 * `workerSrc` is a fault only (a proxy or a browser policy that refuses workers): no portal sends it.
 */
export function buildCsp(domains: Iterable<string>, options: { workerSrc?: string } = {}): string {
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
    ...(options.workerSrc === undefined ? [] : [`worker-src ${options.workerSrc}`]),
  ].join("; ");
}
