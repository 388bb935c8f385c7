import { generate } from "selfsigned";

export interface TlsMaterial {
  key: string;
  cert: string;
  /** PEM of the throwaway CA that signed `cert`: what clients should trust. */
  caPem: string;
}

/**
 * A throwaway CA and a server certificate for 127.0.0.1, ::1 and `names`, made at start, so an
 * emulator can serve HTTPS that a client trusts by its CA (or a browser by the key's hash).
 */
export async function generateTls(caName: string, names: readonly string[]): Promise<TlsMaterial> {
  const days = (n: number): Date => new Date(Date.now() + n * 24 * 3600 * 1000);
  const ca = await generate([{ name: "commonName", value: caName }], {
    keyType: "ec",
    algorithm: "sha256",
    notBeforeDate: days(-1),
    notAfterDate: days(30),
    extensions: [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const leaf = await generate([{ name: "commonName", value: names[0] ?? "localhost" }], {
    keyType: "ec",
    algorithm: "sha256",
    notBeforeDate: days(-1),
    notAfterDate: days(30),
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          ...names.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: "127.0.0.1" },
          { type: 7 as const, ip: "::1" },
        ],
      },
    ],
  });
  return { key: leaf.private, cert: leaf.cert, caPem: ca.cert };
}
