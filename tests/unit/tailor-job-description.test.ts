import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractJobDescription } from '../../lib/page/job-description';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { documentFrom } from '../support/dom-from-html';
import { repoPath } from '../support/repo-path';

const GREENHOUSE_URL = 'https://job-boards.greenhouse.io/meshwork/jobs/4100200300';
const greenhousePosting = () => documentFrom(readFileSync(repoPath('tests/fixtures/job-descriptions/greenhouse-rust-networking-posting.html'), 'utf8'), GREENHOUSE_URL);

const paragraphs = [
  'You will join the payments team that keeps money moving for thousands of small businesses across Europe every day, and you will own the services that talk to banks.',
  'What you will do: design the ledger service, improve reconciliation, and make failures visible before customers notice them. You will work in Elixir and PostgreSQL.',
  'Requirements: several years of backend experience, a habit of measuring before optimizing, and clear written communication with engineers and product managers.',
  'Benefits: a learning budget, four weeks of holidays, and a team that writes things down. We are looking for people who enjoy explaining their work.',
].map((p) => `<p>${p}</p>`);

describe('job description extraction', () => {
  it('reads a Greenhouse posting from its description container, without the form or the survey', () => {
    const result = extractJobDescription(greenhousePosting(), GREENHOUSE_URL);
    expect(result).toMatchObject({ ok: true, source: 'greenhouse', title: 'Senior Rust Engineer, Peer-to-Peer Networking', company: 'Meshwork Labs' });
    if (!result.ok) return;
    expect(result.text).toMatch(/^About Meshwork\n\nMeshwork builds open source infrastructure/);
    expect(result.text).toContain('What you will do\n\n• Design and implement peer-to-peer protocols in Rust on top of libp2p: discovery, routing, gossip.\n• Improve connectivity');
    for (const formText of ['First Name', 'Voluntary Self-Identification', 'Submit application', 'Why do you want to work']) expect(result.text).not.toContain(formText);
  });

  it('leaves the page as it was', () => {
    const doc = greenhousePosting();
    const before = doc.documentElement.outerHTML;
    extractJobDescription(doc, GREENHOUSE_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('feeds the ranking: the posting, which leads with hole punching and the DHT, ranks that libp2p work first', () => {
    const result = extractJobDescription(greenhousePosting(), GREENHOUSE_URL);
    if (!result.ok) throw new Error(result.message);
    const ranking = rankProfile(result.text, shippedProfiles()[0]!, { ignore: [result.company ?? ''] });
    for (const b of ranking.bullets.slice(0, 3)) expect(b.text).toMatch(/libp2p|Kademlia/);
    const dht = ranking.bullets.slice(0, 5).find((b) => /hole punching/.test(b.text) && /distributed hash table/.test(b.text));
    expect(dht?.matched).toEqual(expect.arrayContaining(['distributed hash table', 'Kademlia']));
  });

  it('reads a Lever posting page from its description sections, without the apply button', () => {
    const doc = documentFrom(
      `<html><head><title>Ledgerly - Staff Backend Engineer</title></head><body>
        <div class="main-header"><a class="main-header-logo"><img alt="Ledgerly logo" src="data:,"></a></div>
        <div class="content-wrapper posting-page"><div class="content">
          <div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">
            <div class="posting-headline"><h2>Staff Backend Engineer</h2><div class="posting-categories"><div class="location">Remote</div></div></div>
          </div></div>
          <div class="section-wrapper page-full-width">
            <div class="section page-centered" data-qa="job-description"><div>${paragraphs.slice(0, 2).join('')}</div></div>
            <div class="section page-centered"><h3>Requirements</h3><ul class="posting-requirements plain-list"><li>Elixir and Phoenix in production</li><li>Payments or other financial systems</li></ul></div>
            <div class="section page-centered" data-qa="closing-description">${paragraphs[3]}</div>
            <div class="section page-centered last-section-apply"><a class="postings-btn" data-qa="btn-apply-bottom" href="apply">Apply for this job</a></div>
          </div>
        </div></div></body></html>`,
      'https://jobs.lever.co/ledgerly/0b4e1c4a-0000-4000-8000-000000000001',
    );
    const result = extractJobDescription(doc, 'https://jobs.lever.co/ledgerly/0b4e1c4a-0000-4000-8000-000000000001');
    expect(result).toMatchObject({ ok: true, source: 'lever', title: 'Staff Backend Engineer', company: 'Ledgerly' });
    if (!result.ok) return;
    expect(result.text).toContain('Requirements\n\n• Elixir and Phoenix in production\n• Payments or other financial systems');
    expect(result.text).toContain('Benefits: a learning budget');
    expect(result.text).not.toContain('Apply for this job');
  });

  it('reads a posting on any other site with Readability', () => {
    const doc = documentFrom(
      `<html><head><title>Backend Engineer, Payments – Ledgerly Careers</title><meta property="og:site_name" content="Ledgerly"></head><body>
        <nav><a href="/">Home</a> <a href="/jobs">All jobs</a> <a href="/blog">Blog</a></nav>
        <main><article><h1>Backend Engineer, Payments</h1>${paragraphs.join('')}</article></main>
        <form><label>Email <input name="email"></label><button>Subscribe to job alerts</button></form>
        <footer>© Ledgerly. Imprint. Privacy.</footer></body></html>`,
      'https://ledgerly.example/careers/backend-engineer',
    );
    const result = extractJobDescription(doc, 'https://ledgerly.example/careers/backend-engineer');
    expect(result).toMatchObject({ ok: true, source: 'readability', company: 'Ledgerly' });
    if (!result.ok) return;
    expect(result.title).toMatch(/Backend Engineer, Payments/);
    expect(result.text).toContain('design the ledger service');
    expect(result.text).not.toMatch(/Subscribe to job alerts|All jobs/);
  });

  it('says so on Lever\'s application form, which carries no description', () => {
    const doc = documentFrom('<div class="posting-header"><h2>Staff Backend Engineer</h2></div><form id="application-form"><input name="name"></form>', 'https://jobs.lever.co/ledgerly/0b4e/apply');
    expect(extractJobDescription(doc, 'https://jobs.lever.co/ledgerly/0b4e/apply')).toMatchObject({ ok: false, reason: 'not-a-posting', message: expect.stringMatching(/without \/apply/) });
  });

  it('refuses an article that is not a job posting', () => {
    const prose = Array.from({ length: 5 }, (_, i) => `<p>Step ${i + 1}: chop the onions finely, warm the olive oil in a heavy pan, and let the onions soften slowly over a low flame until they turn golden and sweet, stirring now and then.</p>`).join('');
    const doc = documentFrom(`<html><head><title>Onion soup</title></head><body><article><h1>Onion soup</h1>${prose}</article></body></html>`, 'https://recipes.example/onion-soup');
    expect(extractJobDescription(doc, 'https://recipes.example/onion-soup')).toMatchObject({ ok: false, reason: 'not-a-posting' });
  });

  it('refuses a description too short to rank against', () => {
    const doc = documentFrom('<div class="job__title"><h1>Engineer</h1></div><div class="job__description"><p>Great job. Apply now.</p></div>', GREENHOUSE_URL);
    expect(extractJobDescription(doc, GREENHOUSE_URL)).toMatchObject({ ok: false, reason: 'too-short', message: expect.stringMatching(/Paste the job description/) });
  });

  it('refuses an empty page', () => {
    expect(extractJobDescription(documentFrom('<p>Hello</p>'), 'not a url')).toMatchObject({ ok: false, reason: 'not-a-posting' });
  });
});
