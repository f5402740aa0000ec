import { describe, expect, it } from 'vitest';
import { ATS_MATCHES, HOST_PERMISSIONS } from '../../lib/ats/ats-hosts';
import { ADAPTERS, detectAts } from '../../lib/ats/detect-ats';
import { ATS_URLS } from '../support/ats-urls';

const toRegExp = (pattern: string) => new RegExp(`^${pattern.replace(/[.?+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
const allAccepted = ADAPTERS.flatMap((a) => ATS_URLS[a.id].accept);

describe('ATS detection: every adapter accepts its own URLs and rejects every other adapter\'s', () => {
  for (const adapter of ADAPTERS) {
    const urls = ATS_URLS[adapter.id];
    it(`${adapter.id} has form URLs and near misses to be checked against`, () => {
      expect(urls.accept.length).toBeGreaterThan(1);
      expect(urls.reject.length).toBeGreaterThan(0);
    });
    it(`${adapter.id} accepts its form URLs, and no near miss is taken for its form`, () => {
      for (const url of urls.accept) expect(detectAts(url)?.id, url).toBe(adapter.id);
      for (const url of urls.reject) expect(detectAts(url)?.id, url).not.toBe(adapter.id);
    });
    it(`${adapter.id} names each host once, in lower case, and no other adapter claims them`, () => {
      const others = ADAPTERS.filter((a) => a !== adapter).flatMap((a) => a.hosts);
      for (const host of adapter.hosts) {
        expect(host, host).toBe(host.toLowerCase());
        expect(others, host).not.toContain(host);
      }
    });
  }

  it('rejects pages on other hosts and things that are not URLs', () => {
    for (const url of ['https://www.acme-robotics.com/careers/jobs?gh_jid=7001', 'http://boards.greenhouse.io/acme/jobs/1', 'not a url', '']) {
      expect(detectAts(url), url).toBeNull();
    }
  });

  it('every form URL is inside a content-script match pattern, so the script is there to fill it', () => {
    const patterns = ATS_MATCHES.map(toRegExp);
    for (const url of allAccepted) expect(patterns.some((p) => p.test(url.split('#')[0]!)), url).toBe(true);
  });

  it('match patterns and host permissions come from the adapters\' hosts, and nothing else', () => {
    const hosts = ADAPTERS.flatMap((a) => a.hosts);
    expect(HOST_PERMISSIONS).toEqual(hosts.map((h) => `https://${h}/*`));
    for (const pattern of ATS_MATCHES) expect(hosts, pattern).toContain(new URL(pattern.replace(/\*/g, 'x')).hostname);
  });
});
