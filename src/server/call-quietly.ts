/**
 * Runs an error listener (a logger) so that its own failure, thrown or as a rejected promise, cannot
 * change what the caller answers: a rejected handler would make the framework show its own 500 page.
 */
export function callQuietly(listener: () => unknown): void {
  try {
    const result = listener();
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // The listener's failure is its own: the answer stays the same.
  }
}
