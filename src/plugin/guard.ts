// The host does not catch what a plugin callback throws (a menu row stays "in progress", a
// settings panel breaks), so every handler runs inside one of these and turns a failure into a
// message the user can read.
import type { IMessage } from "@onlyoffice/docspace-plugin-sdk";

export type Fallback = (error: unknown) => IMessage;

/** For handlers the host expects to answer synchronously (inputs, combo boxes, checkboxes). */
export function guardSync(run: () => IMessage | void, fallback: Fallback): IMessage | void {
  try {
    return run();
  } catch (error) {
    return fallback(error);
  }
}

/** For buttons and menu items, whose promise the host awaits. */
export async function guardAsync(
  run: () => Promise<IMessage> | IMessage,
  fallback: Fallback,
): Promise<IMessage> {
  try {
    return await run();
  } catch (error) {
    return fallback(error);
  }
}
