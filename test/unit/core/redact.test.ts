import { redactText, redactUrl } from "../../../src/core/redact";

test("secret query parameters are replaced, others kept", () => {
  const url = redactUrl(
    "https://portal.example/filehandler.ashx?action=stream&fileid=5&stream_auth=123.ABC&share=xyz",
  );
  expect(url).toContain("action=stream");
  expect(url).toContain("fileid=5");
  expect(url).not.toContain("123.ABC");
  expect(url).not.toContain("xyz");
  expect(
    redactUrl(
      "https://api.dropboxapi.com/oauth2/token?grant_type=refresh_token&refresh_token=rt-1&client_id=k",
    ),
  ).toBe(
    "https://api.dropboxapi.com/oauth2/token?grant_type=refresh_token&refresh_token=REDACTED&client_id=k",
  );
  expect(redactUrl("https://user:pw@host.example/a")).toBe("https://host.example/a");
  expect(redactUrl("/relative?code=abc")).toBe("/relative");
});

test("tokens in free text are removed", () => {
  const text = redactText(
    `failed with Authorization: Bearer sl.u.AbCdEf123456789 and key sk-${"a1".repeat(32)} refresh_token=rt123&x=1`,
  );
  expect(text).not.toMatch(/sl\.u\.AbCdEf/);
  expect(text).not.toContain("a1a1a1");
  expect(text).not.toContain("rt123");
  expect(text).toContain("Bearer REDACTED");
});
