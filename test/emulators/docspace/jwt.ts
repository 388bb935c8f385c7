import { createHmac, timingSafeEqual } from "node:crypto";

/** Signs an HS256 JWT, as a Document Server integration would for the `AuthorizationJwt` header. */
export function signJwt(payload: Record<string, unknown>, secret: string): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  const body = `${encode({ alg: "HS256", typ: "JWT" })}.${encode(payload)}`;
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`;
}

export function verifyJwt(token: string, secret: string): boolean {
  const parts = token.split(".");
  if (parts.length !== 3) return false;
  const expected = createHmac("sha256", secret).update(`${parts[0]}.${parts[1]}`).digest();
  const actual = Buffer.from(parts[2] ?? "", "base64url");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
