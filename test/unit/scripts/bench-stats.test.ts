import {
  childrenTicks,
  interleave,
  median,
  medianOf,
  peakRssBytes,
  procStatFields,
  verdict,
} from "../../../scripts/lib/bench/stats";

describe("interleave", () => {
  test("runs every kind once per round, alternating the order", () => {
    const order = interleave(["A", "B", "C"], 3).map(({ round, kind }) => `${round}${kind}`);
    expect(order).toEqual(["0A", "0B", "0C", "1C", "1B", "1A", "2A", "2B", "2C"]);
  });

  test("one kind, one round", () => {
    expect(interleave(["only"], 1)).toEqual([{ round: 0, kind: "only" }]);
  });

  test("refuses a round count that is not a positive integer", () => {
    expect(() => interleave(["A"], 0)).toThrow(RangeError);
    expect(() => interleave(["A"], 1.5)).toThrow(RangeError);
  });
});

describe("median", () => {
  test("odd count: the middle value, not the best", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3])).toBe(3);
  });

  test("even count: the mean of the middle two", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test("does not reorder its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test("refuses no values and non-numbers", () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
  });

  test("medianOf picks a field", () => {
    expect(medianOf([{ s: 10 }, { s: 30 }, { s: 20 }], (run) => run.s)).toBe(20);
  });
});

describe("verdict", () => {
  test("compares in the direction given, the limit itself included", () => {
    expect(verdict(0.9, "≥", 0.9)).toBe("met");
    expect(verdict(0.89, "≥", 0.9)).toBe("not met");
    expect(verdict(1.5, "≤", 1.5)).toBe("met");
    expect(verdict(1.6, "≤", 1.5)).toBe("not met");
    expect(verdict(Number.NaN, "≤", 1.5)).toBe("not met");
  });
});

describe("/proc parsing", () => {
  // A real line's shape (proc(5)); the command name holds a space and a parenthesis.
  const stat =
    "4242 (node (x) y) S 1 4242 4242 0 -1 4194304 100 200 0 0 11 12 345 678 20 0 11 0 9999 1000 50";

  test("fields after the command name", () => {
    expect(procStatFields(stat).slice(0, 3)).toEqual(["S", "1", "4242"]);
  });

  test("children's CPU is cutime + cstime (fields 16 and 17)", () => {
    expect(childrenTicks(stat)).toBe(345 + 678);
  });

  test("peak RSS from VmHWM, in bytes", () => {
    expect(peakRssBytes("Name:\tnode\nVmPeak:\t 999 kB\nVmHWM:\t   51200 kB\nVmRSS:\t 100 kB\n")).toBe(
      51200 * 1024,
    );
    expect(peakRssBytes("Name:\tnode\nState:\tZ (zombie)\n")).toBeUndefined();
  });
});
