export type Wait = (ms: number) => Promise<void>;

/**
 * Poll `probe` until it returns something truthy or `timeoutMs` has been waited. Time is counted in the waits
 * asked for, so a test's instant `wait` runs the same number of polls as the page's real one.
 */
export async function waitUntil<T>(probe: () => T | null | undefined | false, wait: Wait, timeoutMs: number, stepMs = 20): Promise<T | null> {
  for (let waited = 0; ; waited += stepMs) {
    const found = probe();
    if (found) return found;
    if (waited >= timeoutMs) return null;
    await wait(stepMs);
  }
}
