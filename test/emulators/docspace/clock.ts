/** The emulator's notion of "now": real time plus an offset tests can advance (expiries, sessions). */
export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
