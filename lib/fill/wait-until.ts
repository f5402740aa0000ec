export type Wait = (ms: number) => Promise<void>;

/** How a search widget shows its answer to typed text. */
export interface SearchAnswer {
  loading: () => boolean;
  options: () => boolean;
  nothing: () => boolean;
}

/**
 * After typing into a search widget: a beat, so a stale "nothing found" does not count, then wait until it is no
 * longer loading and shows its options or says it found nothing. Waits for the answer, not for the timeout.
 */
export async function awaitSearchAnswer(answer: SearchAnswer, wait: Wait, searchMs: number): Promise<void> {
  await wait(50);
  await waitUntil(() => !answer.loading() && (answer.options() || answer.nothing()), wait, searchMs, 25);
}

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
