import type { EmulatorFault } from './types';

/** Faults waiting to be served, each for a number of answers, first in first out. */
export class FaultQueue {
  #entries: Array<{ fault: EmulatorFault; remaining: number }> = [];

  add(fault: EmulatorFault, times = 1): void {
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`times must be a positive integer, got ${times}`);
    this.#entries.push({ fault: { ...fault }, remaining: times });
  }

  /** The fault for the next answer on `route` (the first queued for it or for any route), counting it as served. */
  take(route?: string): EmulatorFault | undefined {
    const index = this.#entries.findIndex((entry) => entry.fault.route === undefined || entry.fault.route === route);
    const entry = this.#entries[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.#entries.splice(index, 1);
    return entry.fault;
  }

  /** What is queued, for the control route. */
  list(): Array<{ fault: EmulatorFault; remaining: number }> {
    return this.#entries.map((entry) => ({ fault: { ...entry.fault }, remaining: entry.remaining }));
  }

  clear(): void {
    this.#entries = [];
  }
}
