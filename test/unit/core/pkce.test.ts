import { pkceChallenge, startDropboxAuthorization } from "../../../src/core/dropbox/connect";

// RFC 7636 Appendix B: the S256 example.
test("the S256 challenge matches RFC 7636's example", async () => {
  await expect(pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).resolves.toBe(
    "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
  );
});

test("without crypto.subtle (a plain-HTTP page) the authorize URL still carries a matching S256 challenge", async () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, "crypto");
  const { getRandomValues } = globalThis.crypto;
  Object.defineProperty(globalThis, "crypto", {
    value: { getRandomValues: getRandomValues.bind(globalThis.crypto) },
    configurable: true,
    writable: true,
  });
  try {
    const { url, codeVerifier } = await startDropboxAuthorization({ appKey: "app" });
    const params = new URL(url).searchParams;
    expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{128}$/u);
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("code_challenge")).toBe(await pkceChallenge(codeVerifier));
    expect(params.get("token_access_type")).toBe("offline");
  } finally {
    if (original) Object.defineProperty(globalThis, "crypto", original);
  }
});
