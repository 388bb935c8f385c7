import { generateTls as generate, type TlsMaterial } from "../shared/tls";

export type { TlsMaterial };

export function generateTls(): Promise<TlsMaterial> {
  return generate("DocSpace emulator test CA", ["localhost"]);
}
