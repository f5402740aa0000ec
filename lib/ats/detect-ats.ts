import type { AtsAdapter } from './ats-adapter';
import { greenhouseAdapter } from './greenhouse-adapter';
import { leverAdapter } from './lever-adapter';
import { ashbyAdapter } from './ashby-adapter';
import { workableAdapter } from './workable-adapter';

export const ADAPTERS: readonly AtsAdapter[] = [greenhouseAdapter, leverAdapter, ashbyAdapter, workableAdapter];

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** The ATS whose host this is (a posting or a form), over https only. */
export function adapterForHost(url: URL): AtsAdapter | null {
  if (url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase();
  return ADAPTERS.find((a) => a.hosts.includes(host)) ?? null;
}

/** The ATS whose application form this page is, or null. */
export function detectAts(url: string): AtsAdapter | null {
  const parsed = parse(url);
  const adapter = parsed && adapterForHost(parsed);
  return adapter && adapter.isForm(parsed) ? adapter : null;
}
