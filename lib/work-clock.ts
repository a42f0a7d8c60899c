/**
 * Main-thread time a page spends on Parallax's own work, waits left out: the benchmark's page work
 * (issue 23: reading plus highlighting against Readability's parse of the same page). Every step the
 * content script runs for a page is timed through one clock, the checks of the background's replies
 * and reading what remembering needs included (README, session 36: the page work reported before
 * left out about 16 ms of the 2,000-word page's).
 */
export class WorkClock {
  private spent = 0;

  /** Milliseconds counted so far. */
  get total(): number {
    return this.spent;
  }

  /** Adds time measured elsewhere (a step that keeps its own count). */
  add(ms: number): void {
    this.spent += ms;
  }

  /** Runs `f`, counting its time. */
  time<T>(f: () => T): T {
    const t = performance.now();
    try {
      return f();
    } finally {
      this.spent += performance.now() - t;
    }
  }

  /**
   * Runs an async step whose only waits are the `pause` it is given, counting the time between them:
   * a reply's check yields between slices of a long reply, and the page is free meanwhile.
   */
  async timePaused<T>(f: (pause: () => Promise<void>) => Promise<T>, pause: () => Promise<void>): Promise<T> {
    let from = performance.now();
    const paused = async (): Promise<void> => {
      this.spent += performance.now() - from;
      await pause();
      from = performance.now();
    };
    try {
      return await f(paused);
    } finally {
      this.spent += performance.now() - from;
    }
  }
}
