import { Dropbox, DropboxFileUploader, sizedReaderUpload } from "dropbox";
import { ContentHasher, rewriteDropboxFetch } from "../../emulators/dropbox/index";
import { memoryOf, spawnEmulator, type EmulatorProcess } from "./child";
import { MiB } from "./helpers";

const TOTAL = 2 * 1024 * MiB;
const PIECE = MiB;
/** Bound on the emulator's growth while 2 GiB pass through it. */
const GROWTH_LIMIT = 128 * MiB;

let running: EmulatorProcess | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

/** 2 GiB generated a mebibyte at a time, hashed as it goes, never held whole. */
function generated(hasher: ContentHasher): AsyncGenerator<Uint8Array> {
  const base = Buffer.alloc(PIECE);
  for (let i = 0; i < PIECE; i++) base[i] = (i * 131) % 251;
  return (async function* () {
    for (let n = 0; n < TOTAL / PIECE; n++) {
      const piece = Buffer.from(base);
      piece.writeUInt32BE(n, 0);
      hasher.update(piece);
      yield piece;
    }
  })();
}

test("a 2 GiB upload through sessions leaves the emulator's memory flat", async () => {
  running = await spawnEmulator(["--port", "0", "--quiet"]);
  const { pid, url } = running;
  const tokens = (await (
    await fetch(`${url}/__emulator/tokens`, { method: "POST", body: '{"appKey":"emulator-app"}' })
  ).json()) as { accessToken: string };
  const dbx = new Dropbox({ accessToken: tokens.accessToken, fetch: rewriteDropboxFetch(url) });
  // Warm up the code paths, then take the baseline.
  await dbx.filesUpload({ path: "/warmup.bin", contents: Buffer.alloc(8 * MiB, 7) });
  const baseline = await memoryOf(pid);
  let peakRss = baseline.rss;
  const sampler = setInterval(() => {
    void memoryOf(pid)
      .then((m) => {
        peakRss = Math.max(peakRss, m.rss);
      })
      .catch(() => undefined);
  }, 100);
  const hasher = new ContentHasher();
  const started = Date.now();
  let result;
  try {
    result = await new DropboxFileUploader(dbx, { chunkSize: 8 * MiB }).upload(
      sizedReaderUpload(generated(hasher), TOTAL),
      { path: "/big/2GiB.bin" },
    );
  } finally {
    clearInterval(sampler);
  }
  const seconds = (Date.now() - started) / 1000;
  const after = await memoryOf(pid);
  peakRss = Math.max(peakRss, after.rss);
  const growth = Math.max(peakRss, after.hwm) - baseline.rss;
  const mib = (n: number): string => (n / MiB).toFixed(1);
  console.log(
    `2 GiB upload: ${seconds.toFixed(1)} s; emulator VmRSS baseline ${mib(baseline.rss)} MiB, peak sampled ${mib(peakRss)} MiB, ` +
      `after ${mib(after.rss)} MiB, VmHWM ${mib(after.hwm)} MiB (baseline VmHWM ${mib(baseline.hwm)} MiB); growth ${mib(growth)} MiB`,
  );
  expect(result.metadata.size).toBe(TOTAL);
  expect(result.metadata.content_hash).toBe(hasher.digest());
  expect(growth).toBeLessThan(GROWTH_LIMIT);

  // The stored bytes are right at both ends.
  const tail = await fetch(`${url}/2/files/download`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${tokens.accessToken}`,
      "Dropbox-API-Arg": '{"path":"/big/2GiB.bin"}',
      Range: "bytes=-4",
    },
  });
  expect(tail.status).toBe(206);
  expect(
    Buffer.from(await tail.arrayBuffer()).equals(
      Buffer.from([
        ((PIECE - 4) * 131) % 251,
        ((PIECE - 3) * 131) % 251,
        ((PIECE - 2) * 131) % 251,
        ((PIECE - 1) * 131) % 251,
      ]),
    ),
  ).toBe(true);
}, 600_000);
