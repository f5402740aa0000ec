/** The `limit` most recently saved entries of a map kept in storage: how per-job stores stay bounded. */
export function newestEntries<T extends { savedAt: number }>(entries: Record<string, T>, limit: number): Record<string, T> {
  return Object.fromEntries(
    Object.entries(entries)
      .sort(([, a], [, b]) => b.savedAt - a.savedAt)
      .slice(0, limit),
  );
}
