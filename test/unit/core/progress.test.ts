import { ProgressTracker, type ProgressEvent } from "../../../src/core/progress";

test("per-file and overall numbers, counts moving once per file", () => {
  const events: ProgressEvent[] = [];
  const tracker = new ProgressTracker(
    [
      { docspaceId: 1, title: "a", dropboxPath: "/a", totalBytes: 100 },
      { docspaceId: 2, title: "b", dropboxPath: "/b", totalBytes: 50 },
    ],
    (event) => events.push(event),
  );
  tracker.update(0, { transferredBytes: 40, status: "transferring" });
  tracker.update(1, { transferredBytes: 50 });
  tracker.update(0, { transferredBytes: 0 }); // restarted file: bytes go back
  tracker.update(0, { transferredBytes: 100, status: "done" });
  tracker.update(0, { status: "failed" }); // terminal state sticks
  tracker.update(1, { status: "failed" });
  expect(events.map((event) => event.overall.transferredBytes)).toEqual([40, 90, 50, 150, 150]);
  expect(events.at(-1)?.overall).toEqual({
    transferredBytes: 150,
    totalBytes: 150,
    completedFiles: 1,
    failedFiles: 1,
    totalFiles: 2,
  });
  expect(events[0]?.file).toMatchObject({
    index: 0,
    docspaceId: 1,
    transferredBytes: 40,
    totalBytes: 100,
    status: "transferring",
  });
});
