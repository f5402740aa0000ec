import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export interface PageToServe {
  file: string;
  url: string;
}

/** SOURCES.md tables name each saved page and the URL to serve it at: | greenhouse/x.html | … | https://… | */
function urlsFromSources(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let d = dir, i = 0; i < 3; d = dirname(d), i++) {
    const sources = join(d, 'SOURCES.md');
    if (!existsSync(sources)) continue;
    for (const line of readFileSync(sources, 'utf8').split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const file = cells.find((c) => /\.html$/.test(c));
      const url = [...cells].reverse().find((c) => /^https:\/\//.test(c));
      if (file && url) map.set(join(d, file), url);
    }
  }
  return map;
}

/** Every .html page under `dir` that has a known URL on a board Applyfill supports (Greenhouse, Lever, Ashby, Workable). */
export function pagesIn(dir: string): PageToServe[] {
  const urls = urlsFromSources(dir);
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const p = join(d, name);
      return statSync(p).isDirectory() ? walk(p) : /\.html$/.test(name) ? [p] : [];
    });
  return walk(dir)
    .map((file) => ({ file, url: urls.get(file) ?? '' }))
    .filter((p) => /greenhouse\.io|lever\.co|ashbyhq\.com|workable\.com/.test(p.url))
    .sort((a, b) => relative(dir, a.file).localeCompare(relative(dir, b.file)));
}

export const shortName = (file: string) => `${basename(dirname(file))}/${basename(file)}`;
