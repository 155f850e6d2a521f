/**
 * Back-pressure for printing. The printer's page pool already serialises prints, but its wait
 * list is unbounded: under overload every waiting request holds its body, its HTML and a socket.
 * Here a fixed number of prints may be in flight or waiting; the next one is refused at once with
 * 503 and Retry-After, so a client backs off instead of the service growing until it dies.
 */

import { ApiError } from './errors.js';

export class PdfQueue {
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    /** Prints running or waiting for a page; beyond it requests are refused. */
    readonly limit: number,
    /** Per print, ms; a stuck browser answers 503 rather than holding the request forever. */
    readonly timeoutMs: number,
  ) {}

  get pending(): number {
    return this.inFlight;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.limit) {
      throw new ApiError(503, 'print-queue-full', 'Utskriftskön är full. Försök igen om en stund.', 'The print queue is full. Try again shortly.', undefined, 1);
    }
    this.inFlight += 1;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new ApiError(503, 'print-timeout', 'Utskriften tog för lång tid. Försök igen.', 'Printing took too long. Try again.', undefined, 5)), this.timeoutMs);
      });
      return await Promise.race([job(), timeout]);
    } finally {
      clearTimeout(timer);
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  /** Resolves when no print is running (for graceful shutdown). */
  idle(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
