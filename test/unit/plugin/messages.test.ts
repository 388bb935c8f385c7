import { LANGUAGES, translator } from "../../../src/plugin/i18n";
import { en } from "../../../src/plugin/i18n/locales/en";
import {
  classifyProblem,
  describeProblem,
  PROBLEM_KINDS,
  PROBLEM_MESSAGES,
  problemMessageKey,
} from "../../../src/plugin/messages";
import { TRANSFER_ERROR_KINDS, TransferError } from "../../../src/core/errors";

describe("the error table", () => {
  it("covers every transfer error kind and the plugin's own states", () => {
    expect(Object.keys(PROBLEM_MESSAGES).sort()).toEqual([...PROBLEM_KINDS].sort());
    for (const kind of TRANSFER_ERROR_KINDS) expect(PROBLEM_KINDS).toContain(kind);
    for (const kind of ["not-connected", "not-configured", "not-allowed"])
      expect(PROBLEM_KINDS).toContain(kind);
  });

  it("gives every kind its own message: no catch-all", () => {
    const keys = PROBLEM_KINDS.map((kind) => PROBLEM_MESSAGES[kind]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(LANGUAGES)("has a message for every kind, in both modes, in %s", (language) => {
    const t = translator(language);
    for (const kind of PROBLEM_KINDS) {
      for (const mode of ["personal", "shared"] as const) {
        const text = describeProblem(kind, mode, t);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/\{\w+\}/u);
        if (language !== "en")
          expect({ kind, text }).not.toEqual({ kind, text: en[problemMessageKey(kind, mode)] });
      }
    }
  });

  it("tells members of a shared-account portal to ask an admin, and personal users to reconnect", () => {
    const t = translator("en");
    expect(describeProblem("dropbox-auth", "personal", t)).toMatch(/Connect Dropbox again/u);
    expect(describeProblem("dropbox-auth", "shared", t)).toMatch(/admin/u);
    expect(describeProblem("not-connected", "shared", t)).toMatch(/admin/u);
    expect(describeProblem("docspace-signed-out", "personal", t)).toMatch(/Sign in again/u);
    expect(describeProblem("insufficient-space", "personal", t)).toMatch(/full/u);
  });
});

describe("classifying what a callback caught", () => {
  it("keeps the core's kind and recognises aborts and fetch failures", () => {
    expect(classifyProblem(new TransferError("insufficient-space", "x"))).toBe("insufficient-space");
    // Matched by name too: an error from another realm (the portal's iframe) still counts.
    expect(classifyProblem({ name: "TransferError", kind: "too-large", message: "x" })).toBe("too-large");
    expect(classifyProblem({ name: "TransferError", kind: "made-up", message: "x" })).toBe("unknown");
    expect(classifyProblem(new DOMException("stop", "AbortError"))).toBe("cancelled");
    expect(classifyProblem(new TypeError("Failed to fetch"))).toBe("network");
    expect(classifyProblem(new TypeError("x is not a function"))).toBe("unknown");
    expect(classifyProblem("a string")).toBe("unknown");
    expect(classifyProblem(null)).toBe("unknown");
  });
});
