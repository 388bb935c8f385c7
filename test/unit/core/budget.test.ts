import { ByteBudget } from "../../../src/core/budget";

test("grants up to capacity, queues the rest in order", async () => {
  const budget = new ByteBudget(100);
  const order: string[] = [];
  await budget.acquire(60);
  const big = budget.acquire(100).then(() => order.push("big"));
  const small = budget.acquire(10).then(() => order.push("small"));
  await Promise.resolve();
  // The small request waits behind the large one (first come, first served).
  expect(order).toEqual([]);
  budget.release(60);
  await big;
  expect(order).toEqual(["big"]);
  budget.release(100);
  await small;
  expect(order).toEqual(["big", "small"]);
});

test("a request larger than the budget is clamped to it instead of waiting forever", async () => {
  const budget = new ByteBudget(10);
  await expect(budget.acquire(1000)).resolves.toBeUndefined();
});

test("an aborted wait leaves the queue", async () => {
  const budget = new ByteBudget(10);
  await budget.acquire(10);
  const controller = new AbortController();
  const waiting = budget.acquire(5, controller.signal);
  controller.abort(new Error("stop"));
  await expect(waiting).rejects.toThrow("stop");
  budget.release(10);
  await expect(budget.acquire(10)).resolves.toBeUndefined();
});
