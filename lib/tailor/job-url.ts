import { ADAPTERS, adapterForHost } from '../ats/detect-ats';

/**
 * The key tailoring choices are stored under: one job reads the same from its posting page, its application
 * form and a link with tracking parameters. On an ATS host its adapter says what the job's address is; anywhere
 * else query and hash go, except the parameters by which an ATS names a job on a company's career site
 * (`?gh_jid=123`). A text that is not a URL comes back trimmed.
 */
export function normalizeJobUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return raw.trim();
  const adapter = adapterForHost(url);
  if (adapter) return adapter.canonicalJobUrl(url);
  const kept = ADAPTERS.flatMap((a) => a.careerSiteJobParams).flatMap((name) => {
    const value = url.searchParams.get(name);
    return value === null ? [] : [`${name}=${encodeURIComponent(value)}`];
  });
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.hostname}${port}${path}${kept.length ? `?${kept.join('&')}` : ''}`;
}
