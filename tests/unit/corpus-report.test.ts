// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPages, urlFromHtml } from '../../scripts/corpus/corpus-pages';
import { fieldsTsv, summaryMd, type CorpusRow, type PageOutcome } from '../../scripts/corpus/corpus-summary';

describe('corpus report: which pages, at which URL', () => {
  it.each([
    ['<link rel="canonical" href="https://jobs.lever.co/acme/1/apply">', 'https://jobs.lever.co/acme/1/apply'],
    ['<link href="https://job-boards.greenhouse.io/acme/jobs/9" rel="canonical">', 'https://job-boards.greenhouse.io/acme/jobs/9'],
    ['<meta property="og:url" content="https://boards.greenhouse.io/embed/job_app?for=a&amp;token=1">', 'https://boards.greenhouse.io/embed/job_app?for=a&token=1'],
    ['<html><body><form></form></body></html>', ''],
  ])('reads the URL a page names: %s', (html, url) => {
    expect(urlFromHtml(html)).toBe(url);
  });

  it('takes index.json first, the page second, walks sub-folders, and keeps only pages an adapter accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'lever'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'lever', 'a.html'), '<link rel="canonical" href="https://jobs.lever.co/wrong/1/apply">');
    writeFileSync(join(dir, 'lever', 'b.html'), '<link rel="canonical" href="https://jobs.eu.lever.co/acme/2/apply">');
    writeFileSync(join(dir, 'other', 'c.html'), '<link rel="canonical" href="https://example.com/jobs/3">');
    writeFileSync(join(dir, 'other', 'd.html'), '<form></form>');
    writeFileSync(join(dir, 'index.json'), JSON.stringify([{ file: 'lever/a.html', url: 'https://jobs.lever.co/acme/1/apply', layout: 'apply' }]));
    const { pages, noUrl } = corpusPages(dir);
    expect(pages.map((p) => [p.name, p.url, p.ats])).toEqual([
      ['lever/a.html', 'https://jobs.lever.co/acme/1/apply', 'lever'],
      ['lever/b.html', 'https://jobs.eu.lever.co/acme/2/apply', 'lever'],
    ]);
    expect(noUrl).toEqual(['other/d.html']);
  });
});

describe('corpus report: summary and fields table', () => {
  const row = (over: Partial<CorpusRow>): CorpusRow => ({ page: 'p1', fieldId: '#x', label: 'X', section: '', role: 'email', status: 'filled', value: 'v', reason: 'r', ...over });
  const outcomes: PageOutcome[] = [
    { name: 'p1', ats: 'lever', layout: 'apply', ms: 10, rows: [row({}), row({ fieldId: '#y', role: 'custom_question', status: 'needs-you', label: 'Why us?' }), row({ fieldId: '#z', role: 'unknown', status: 'skipped', label: 'Mystery', reason: 'no label to read' })] },
    { name: 'p2', ats: 'lever', layout: 'apply', ms: 10, rows: [row({ page: 'p2', role: 'unknown', status: 'skipped', reason: 'hidden control: never filled' })], error: 'boom' },
  ];

  it('counts per ATS and layout, with unknown apart from skipped, and names the pages that failed', () => {
    const md = summaryMd(outcomes, { folder: 'f', profile: 'demo', totalMs: 20, noUrl: [] });
    expect(md).toContain('| lever | apply | 2 | 4 | 1 | 1 | 1 | 0 | 1 | 1 |');
    expect(md).toContain('| why us? | 1 |');
    expect(md).toContain('| mystery | 1 |');
    expect(md).toContain('- p2: boom');
  });

  it('lists forms no person sees apart from the errors', () => {
    const md = summaryMd([...outcomes, { name: 'p3', ats: 'lever', layout: 'apply', ms: 5, rows: [], hidden: 'The application form on this page is hidden from view' }], { folder: 'f', profile: 'demo', totalMs: 20, noUrl: [] });
    expect(md).toContain('| lever | apply | 3 | 4 | 1 | 1 | 1 | 0 | 1 | 1 |');
    expect(md).toMatch(/## Forms no person sees \(the popup offers no Fill\)\n\n- p3: The application form on this page is hidden from view/);
  });

  it('writes one tab-separated row per field, without stray tabs or newlines from the page', () => {
    const tsv = fieldsTsv([{ ...outcomes[0]!, rows: [row({ label: 'A\tB\nC', section: 'References' })] }]);
    const lines = tsv.trim().split('\n');
    expect(lines[0]).toBe('page\tfield\tlabel\tsection context\trole\tstatus\tvalue\treason');
    expect(lines[1]!.split('\t')).toEqual(['p1', '#x', 'A B C', 'References', 'email', 'filled', 'v', 'r']);
  });
});
