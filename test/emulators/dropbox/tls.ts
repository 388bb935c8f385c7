import { generateTls as generate, type TlsMaterial } from "../shared/tls";

/** Names the certificate covers, so a browser with --host-resolver-rules can use the real hosts. */
export const TLS_NAMES = [
  "api.dropboxapi.com",
  "localhost",
  "content.dropboxapi.com",
  "www.dropbox.com",
  "dropbox.com",
];

export type { TlsMaterial };

export function generateTls(): Promise<TlsMaterial> {
  return generate("Dropbox emulator test CA", TLS_NAMES);
}
