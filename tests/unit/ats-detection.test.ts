import { describe, expect, it } from 'vitest';
import { ADAPTERS, detectAts } from '../../lib/ats/detect-ats';
import { ATS_MATCHES } from '../../lib/ats/ats-hosts';

describe('ATS detection: every adapter accepts its own URLs and rejects every other adapter\'s', () => {
  for (const adapter of ADAPTERS) {
    it(`${adapter.id} accepts its test URLs`, () => {
      for (const url of adapter.testUrls) expect(detectAts(url)?.id, url).toBe(adapter.id);
    });
    it(`${adapter.id} rejects the other adapters' URLs and its near misses`, () => {
      const others = ADAPTERS.filter((a) => a !== adapter).flatMap((a) => a.testUrls);
      for (const url of [...others, ...adapter.rejectUrls]) expect(adapter.detect(new URL(url)), url).toBe(false);
    });
  }

  it('rejects pages on other hosts and things that are not URLs', () => {
    for (const url of ['https://www.acme-robotics.com/careers/jobs?gh_jid=7001', 'http://boards.greenhouse.io/acme/jobs/1', 'not a url', '']) {
      expect(detectAts(url), url).toBeNull();
    }
  });

  it('every test URL is inside a content-script match pattern, so the script is there to fill it', () => {
    const toRegExp = (pattern: string) => new RegExp(`^${pattern.replace(/[.?+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const patterns = ATS_MATCHES.map(toRegExp);
    for (const url of ADAPTERS.flatMap((a) => a.testUrls)) {
      const bare = url.split('#')[0]!;
      expect(patterns.some((p) => p.test(bare)), url).toBe(true);
    }
  });
});
