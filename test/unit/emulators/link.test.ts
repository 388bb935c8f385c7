// The benchmarks' bandwidth model: pieces are scheduled one after another at the link's rate,
// whichever connection sends them, with a fake clock so that no test depends on timing.
import { Link } from "../../emulators/shared/link";

function fakeLink(burstMs = 0): { link: Link; sleeps: number[]; clock: { ms: number } } {
  const clock = { ms: 1000 };
  const sleeps: number[] = [];
  const link = new Link(
    () => clock.ms,
    async (ms) => {
      sleeps.push(ms);
    },
    burstMs,
  );
  return { link, sleeps, clock };
}

describe("a benchmark's link", () => {
  test("without a rate it carries everything at once", async () => {
    const { link, sleeps } = fakeLink();
    await link.carry(10 * 1024 * 1024);
    expect(sleeps).toEqual([]);
    expect(link.bytesPerSecond).toBe(0);
  });

  test("a piece waits for the time it takes at the rate", async () => {
    const { link, sleeps } = fakeLink();
    link.setRate(1000);
    await link.carry(500);
    expect(sleeps).toEqual([500]);
  });

  test("connections share the rate: a piece sent alongside another waits for both", async () => {
    const { link, sleeps } = fakeLink();
    link.setRate(1000);
    await Promise.all([link.carry(500), link.carry(500)]);
    expect(sleeps).toEqual([500, 1000]);
  });

  test("an idle link does not save up time for later", async () => {
    const { link, sleeps, clock } = fakeLink();
    link.setRate(1000);
    await link.carry(500);
    clock.ms += 5000;
    await link.carry(500);
    expect(sleeps).toEqual([500, 500]);
  });

  test("pieces within the burst pass without waiting", async () => {
    const { link, sleeps } = fakeLink(20);
    link.setRate(1000);
    await link.carry(10);
    await link.carry(10);
    await link.carry(10);
    expect(sleeps).toEqual([10]);
  });

  test("setting no rate again lifts the limit", async () => {
    const { link, sleeps } = fakeLink();
    link.setRate(1000);
    link.setRate(undefined);
    await link.carry(500);
    expect(sleeps).toEqual([]);
  });

  test("a negative or non-finite rate is refused", () => {
    const { link } = fakeLink();
    expect(() => link.setRate(-1)).toThrow(RangeError);
    expect(() => link.setRate(Number.NaN)).toThrow(RangeError);
    expect(() => link.setRate(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
