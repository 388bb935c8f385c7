// The portal's languages, shared by the host page (its language box) and the REST emulator
// (PUT people/{id}/culture).

/**
 * The cultures the portal offers: the client's own UI languages (ONLYOFFICE/DocSpace-client
 * packages/client/public/locales, branch develop; "en" is offered as en-US and en-GB).
 */
export const PORTAL_CULTURES = [
  "en-US",
  "en-GB",
  "ar-SA",
  "az",
  "bg",
  "cs",
  "de",
  "el-GR",
  "es",
  "fi",
  "fr",
  "hy-AM",
  "it",
  "ja-JP",
  "ko-KR",
  "lo-LA",
  "lv",
  "nl",
  "pl",
  "pt-BR",
  "pt",
  "ro",
  "ru",
  "si",
  "sk",
  "sl",
  "sq-AL",
  "sr-Cyrl-RS",
  "sr-Latn-RS",
  "tr",
  "uk-UA",
  "vi",
  "zh-CN",
] as const;
