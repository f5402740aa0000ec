import { ADAPTERS } from './detect-ats';

/** Where Applyfill runs, and nowhere else: each adapter's form pages on each of its hosts. */
export const ATS_MATCHES: readonly string[] = ADAPTERS.flatMap((a) => a.hosts.map((host) => `https://${host}${a.formPaths}`));

/** Host access for exactly those hosts (host permissions cannot carry a path). */
export const HOST_PERMISSIONS: readonly string[] = ADAPTERS.flatMap((a) => a.hosts.map((host) => `https://${host}/*`));
