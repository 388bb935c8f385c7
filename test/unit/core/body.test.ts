import { blobBody as uploadBody, bytesBody } from "../../../src/core/body";

describe("upload bodies", () => {
  it("in Node, by default, are the bytes themselves", async () => {
    const bytes = new Uint8Array(8 * 1024 * 1024);
    expect(await bytesBody(bytes)).toBe(bytes);
  });

  it("keeps small bodies as bytes", async () => {
    const bytes = new Uint8Array(1024).fill(7);
    expect(await uploadBody(bytes)).toBe(bytes);
  });

  it("turns large bodies into a Blob with the same bytes, so browsers read them off the main thread", async () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 3);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31) % 256;
    const body = await uploadBody(bytes);
    expect(body).toBeInstanceOf(Blob);
    const copy = new Uint8Array(await (body as Blob).arrayBuffer());
    expect(copy.byteLength).toBe(bytes.byteLength);
    expect(Buffer.from(copy).equals(Buffer.from(bytes))).toBe(true);
  });

  it("stops at once when cancelled", async () => {
    const controller = new AbortController();
    controller.abort(new Error("cancelled by the user"));
    await expect(uploadBody(new Uint8Array(3 * 1024 * 1024), controller.signal)).rejects.toThrow(
      "cancelled by the user",
    );
  });
});
