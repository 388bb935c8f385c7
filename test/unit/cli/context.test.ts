// The up-front DocSpace check: a rejected key or a wrong --portal is the caller's to fix (exit 2);
// a portal that is down, failing or answering oddly is an outage (exit 1), as for Dropbox.

import { checkDocSpace } from "../../../src/cli/context";
import { CliError } from "../../../src/cli/errors";
import { TransferError, type DocSpaceClient, type TransferErrorKind } from "../../../src/core";

const PORTAL = "https://portal.example";

function failingWith(failure: unknown): Pick<DocSpaceClient, "getCurrentUser"> {
  return { getCurrentUser: () => Promise.reject(failure) };
}

async function refusal(kind: TransferErrorKind, status?: number): Promise<CliError> {
  const failure = new TransferError(kind, `${kind} happened`, status === undefined ? {} : { status });
  try {
    await checkDocSpace(failingWith(failure), PORTAL);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`checkDocSpace accepted a ${kind} failure`);
}

test.each([
  ["network", undefined, /^Could not reach DocSpace at https:\/\/portal\.example/u],
  ["server", 503, /^Could not reach DocSpace at https:\/\/portal\.example/u],
  ["rate-limited", 429, /^Could not reach DocSpace at https:\/\/portal\.example/u],
  ["unknown", 200, /^https:\/\/portal\.example gave an answer that is not DocSpace's/u],
] as const)("a portal failing with %s is an outage: exit 1", async (kind, status, message) => {
  const error = await refusal(kind, status);
  expect(error.exitCode).toBe(1);
  expect(error.kind).toBe("docspace");
  expect(error.message).toMatch(message);
  expect(error.hint).toMatch(/again/u);
});

test.each([
  ["docspace-signed-out", 401, "docspace-auth", /did not accept DOCSPACE_API_KEY \(HTTP 401\)/u],
  ["no-download-permission", 403, "docspace-auth", /did not accept DOCSPACE_API_KEY \(HTTP 403\)/u],
  ["not-found", 404, "docspace", /does not answer like a DocSpace portal/u],
] as const)("%s is the caller's to fix: exit 2", async (kind, status, cliKind, message) => {
  const error = await refusal(kind, status);
  expect(error.exitCode).toBe(2);
  expect(error.kind).toBe(cliKind);
  expect(error.message).toMatch(message);
});

test("a failure that is not the core's is passed on as it is (run reports it with exit 1)", async () => {
  const bug = new TypeError("boom");
  await expect(checkDocSpace(failingWith(bug), PORTAL)).rejects.toBe(bug);
});
