const GREENHOUSE = /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/;
const LEVER = /^jobs(\.eu)?\.lever\.co$/;

// Greenhouse names the job in the query on company career pages (`?gh_jid=123`) and in its embed iframe
// (`/embed/job_app?token=123`); every other parameter is tracking (`gh_src`, `utm_*`, `lever-source`).
const KEPT_PARAMS = ['gh_jid', 'token'];

/**
 * The key tailoring choices are stored under: one job reads the same from its posting page, its application
 * form and a link with tracking parameters. Query and hash go, except Greenhouse's job parameters; Lever's
 * posting and its `/apply` form are one job; Greenhouse's `boards.` host, its `job-boards.` successor and the
 * embed form (`?for=acme&token=123`) name the same job (`acme/jobs/123`). A text that is not a URL comes back
 * trimmed.
 */
export function normalizeJobUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return raw.trim();
  const host = url.hostname.toLowerCase();
  let path = url.pathname.replace(/\/+$/, '');
  if (LEVER.test(host)) path = path.replace(/\/apply$/, '');
  const greenhouse = GREENHOUSE.exec(host);
  const board = url.searchParams.get('for');
  const token = url.searchParams.get('token');
  if (greenhouse && path === '/embed/job_app' && board && token) {
    url.searchParams.delete('token');
    path = `/${encodeURIComponent(board)}/jobs/${encodeURIComponent(token)}`;
  }
  const canonicalHost = greenhouse ? `job-boards${greenhouse[2] ?? ''}.greenhouse.io` : host;
  const kept = KEPT_PARAMS.flatMap((name) => {
    const value = url.searchParams.get(name);
    return value === null || (name === 'token' && !greenhouse) ? [] : [`${name}=${encodeURIComponent(value)}`];
  });
  const port = url.port ? `:${url.port}` : '';
  return `${url.protocol}//${canonicalHost}${port}${path}${kept.length ? `?${kept.join('&')}` : ''}`;
}
