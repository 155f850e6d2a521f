/**
 * A fixed set of slots handed out one at a time: a print waits for a free page rather than
 * opening another, so the pool never grows past its size however many prints arrive at once.
 * First come, first served.
 */

export class Slots<T> {
  private readonly free: T[];
  private readonly waiting: Array<{ resolve: (slot: T) => void; reject: (error: Error) => void }> = [];
  private closedWith?: Error;

  constructor(readonly all: readonly T[]) {
    this.free = [...all];
  }

  acquire(): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const slot = this.free.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  release(slot: T): void {
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }

  /** Refuses everyone waiting and every later `acquire()` with `reason`. */
  close(reason: Error): void {
    this.closedWith = reason;
    for (const waiter of this.waiting.splice(0)) waiter.reject(reason);
  }
}
