import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { detectAts } from '../../lib/ats/detect-ats';

export interface CorpusPage {
  file: string;
  /** The folder-relative name shown in the report. */
  name: string;
  url: string;
  ats: string;
  /** From index.json ("react", "apply", plus "embed" for the Greenhouse iframe document), else from the URL. */
  layout: string;
}

interface IndexEntry {
  file?: string;
  url?: string;
  layout?: string;
}

/** `index.json` beside the folder or in a parent (the corpus keeps one at its root): file path → entry. */
function indexEntries(dir: string): Map<string, IndexEntry> {
  const map = new Map<string, IndexEntry>();
  for (let d = resolve(dir), i = 0; i < 4; d = dirname(d), i++) {
    const index = join(d, 'index.json');
    if (!existsSync(index)) continue;
    const entries = JSON.parse(readFileSync(index, 'utf8')) as IndexEntry[];
    for (const e of Array.isArray(entries) ? entries : []) if (e.file && !map.has(resolve(d, e.file))) map.set(resolve(d, e.file), e);
  }
  return map;
}

/** A page saved as a whole document names its own URL: canonical link, og:url, or the Greenhouse embed's own. */
export function urlFromHtml(html: string): string {
  const attr = (re: RegExp) => re.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
  return (
    attr(/<link[^>]+rel=["']canonical["'][^>]*href=["'](https?:\/\/[^"']+)["']/i) ||
    attr(/<link[^>]+href=["'](https?:\/\/[^"']+)["'][^>]*rel=["']canonical["']/i) ||
    attr(/<meta[^>]+property=["']og:url["'][^>]*content=["'](https?:\/\/[^"']+)["']/i) ||
    attr(/<meta[^>]+content=["'](https?:\/\/[^"']+)["'][^>]*property=["']og:url["']/i)
  );
}

function layoutOf(url: string, entry: IndexEntry | undefined): string {
  const base = entry?.layout ?? (/lever\.co/.test(url) ? 'apply' : 'page');
  return /\/embed\/job_app/.test(url) ? `${base} (embed)` : base;
}

/**
 * Every .html page under `dir` (recursively) that an Applyfill adapter accepts, with the URL to serve it at: from
 * the folder's index.json where it names the page, else from the page itself. Pages without a URL are listed apart.
 */
export function corpusPages(dir: string): { pages: CorpusPage[]; noUrl: string[] } {
  const index = indexEntries(dir);
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((n) => {
        const p = join(d, n);
        return statSync(p).isDirectory() ? walk(p) : /\.html?$/i.test(n) ? [p] : [];
      });
  const pages: CorpusPage[] = [];
  const noUrl: string[] = [];
  for (const file of walk(resolve(dir))) {
    const entry = index.get(file);
    const url = entry?.url || urlFromHtml(readFileSync(file, 'utf8'));
    const name = relative(resolve(dir), file) || file;
    if (!url) {
      noUrl.push(name);
      continue;
    }
    const ats = detectAts(url)?.id;
    if (ats) pages.push({ file, name, url, ats, layout: layoutOf(url, entry) });
  }
  return { pages, noUrl };
}
