import type { AtsAdapter } from './ats-adapter';
import { greenhouseAdapter } from './greenhouse-adapter';
import { leverAdapter } from './lever-adapter';
import { ashbyAdapter } from './ashby-adapter';
import { workableAdapter } from './workable-adapter';

export const ADAPTERS: readonly AtsAdapter[] = [greenhouseAdapter, leverAdapter, ashbyAdapter, workableAdapter];

export function detectAts(url: string): AtsAdapter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return ADAPTERS.find((a) => a.detect(parsed)) ?? null;
}
