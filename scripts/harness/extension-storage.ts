import type { BrowserContext } from 'playwright-core';
import { splitProfile } from '../../lib/profile/combine-profile';
import type { Identity, Resume } from '../../lib/profile/identity-schema';
import type { Profile } from '../../lib/profile/profile-schema';

/**
 * Write straight into the extension's local storage, from its service worker, as a test or the demo needs. It
 * first waits for the extension's own install (shipped profiles, orphan clean-up, the first-run tab), which would
 * otherwise land after these values and replace them.
 */
export async function setExtensionStorage(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension service worker is not running');
  // Stored profiles mean the install handler has started (it sets `installed` before its first write).
  for (let waited = 0; waited < 10_000 && !('profiles' in (await getExtensionStorage(context, ['profiles']))); waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await worker.evaluate(async (v) => {
    const scope = globalThis as unknown as { applyfill?: { installed?: () => Promise<unknown> }; chrome: { storage: { local: { set(x: object): Promise<void> } } } };
    await scope.applyfill?.installed?.();
    await scope.chrome.storage.local.set(v);
  }, values);
}

/**
 * Put the extension's storage back to exactly `values` (what a test file stored in beforeAll, read back with
 * getExtensionStorage): each test starts from it, whatever the one before it left. It writes the values first
 * and only then removes the keys they do not have, so storage is never empty on the way: an extension page left
 * open (the first-run tab the install opens) that reads the profiles at that moment would find none, install the
 * shipped ones and make one of them active behind the test's back.
 */
export async function resetExtensionStorage(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension service worker is not running');
  await worker.evaluate(async (v) => {
    type Local = { get(x: null): Promise<Record<string, unknown>>; set(x: object): Promise<void>; remove(x: string[]): Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
    await local.set(v);
    const extra = Object.keys(await local.get(null)).filter((key) => !Object.hasOwn(v, key));
    if (extra.length) await local.remove(extra);
  }, values);
}

export async function getExtensionStorage(context: BrowserContext, keys: string[] | null = null): Promise<Record<string, unknown>> {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension service worker is not running');
  return worker.evaluate(async (k) => {
    return (globalThis as unknown as { chrome: { storage: { local: { get(x: string[] | null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k);
  }, keys);
}

/**
 * Store whole profiles the way the extension stores them (schema v2): the first one's person data as the one
 * identity, every profile's résumé in the list, and which profile is active.
 */
export async function storeProfiles(context: BrowserContext, profiles: readonly Profile[], activeId = profiles[0]!.id): Promise<void> {
  await setExtensionStorage(context, { ...storedForm(profiles), activeProfileId: activeId });
}

export function storedForm(profiles: readonly Profile[]): { identity: Identity; profiles: Resume[] } {
  return { identity: splitProfile(profiles[0]!).identity, profiles: profiles.map((p) => splitProfile(p).resume) };
}
