/**
 * A network link of limited bandwidth in front of an emulator, for benchmarks: every body byte the
 * emulator sends (DocSpace downloads) or receives (Dropbox uploads) crosses it, and all of the
 * emulator's connections share its rate, as a user's one uplink or downlink does. Without a rate
 * (the default) it carries everything at once: the emulator runs as fast as the machine allows.
 *
 * The link keeps a clock of when it is next free. A piece is scheduled after the pieces before
 * it, and `carry` waits until the piece is within `burstMs` of its scheduled end. A sender that
 * awaits `carry` before each write, or a reader before taking the next piece, is held back.
 * Holding the reader stops reads from the socket, so the client's writes stall.
 */
export class Link {
  private bytesPerMs = 0;
  private freeAt = 0;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
    private readonly burstMs = 20,
  ) {}

  /** Bytes per second all connections share; 0 or undefined: unlimited. */
  setRate(bytesPerSecond: number | undefined): void {
    if (bytesPerSecond !== undefined && !(Number.isFinite(bytesPerSecond) && bytesPerSecond >= 0))
      throw new RangeError(`a link rate is a non-negative number of bytes per second, not ${bytesPerSecond}`);
    this.bytesPerMs = (bytesPerSecond ?? 0) / 1000;
    this.freeAt = 0;
  }

  get bytesPerSecond(): number {
    return this.bytesPerMs * 1000;
  }

  /** Resolves once `bytes` may cross the link. */
  async carry(bytes: number): Promise<void> {
    if (this.bytesPerMs === 0 || bytes <= 0) return;
    const now = this.now();
    this.freeAt = Math.max(this.freeAt, now) + bytes / this.bytesPerMs;
    const wait = this.freeAt - now - this.burstMs;
    if (wait > 0) await this.sleep(wait);
  }
}
