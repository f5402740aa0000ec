import type { FieldResult } from '../../lib/fill/fill-report';

export interface CorpusRow extends Pick<FieldResult, 'fieldId' | 'label' | 'role' | 'status' | 'value' | 'reason'> {
  page: string;
  section: string;
}

export interface PageOutcome {
  name: string;
  ats: string;
  layout: string;
  rows: CorpusRow[];
  /** Set when the page made the engine throw or the fill never finished. */
  error?: string;
  /** Set when the popup found the form but no person sees it (a saved page with aria-hidden on its body): no Fill. */
  hidden?: string;
  ms: number;
}

// A field whose meaning nothing recognised. Controls never filled by rule (hidden, disabled, honeypots) are
// skipped for that reason instead and do not count.
export const isUnknown = (r: CorpusRow) => r.role === 'unknown' && !/never filled$/.test(r.reason);

const cell = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

export function fieldsTsv(outcomes: readonly PageOutcome[]): string {
  const head = ['page', 'field', 'label', 'section context', 'role', 'status', 'value', 'reason'];
  const lines = outcomes.flatMap((o) => o.rows.map((r) => [r.page, r.fieldId, r.label, r.section, r.role, isUnknown(r) ? 'unknown' : r.status, r.value, r.reason].map(cell).join('\t')));
  return `${[head.join('\t'), ...lines].join('\n')}\n`;
}

function topLabels(rows: readonly CorpusRow[], n: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const label = cell(r.label).toLowerCase().slice(0, 90);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');

export function summaryMd(outcomes: readonly PageOutcome[], meta: { folder: string; profile: string; totalMs: number; noUrl: string[] }): string {
  const groups = new Map<string, PageOutcome[]>();
  for (const o of outcomes) groups.set(`${o.ats} | ${o.layout}`, [...(groups.get(`${o.ats} | ${o.layout}`) ?? []), o]);
  const countRow = (key: string, list: readonly PageOutcome[]) => {
    const rows = list.flatMap((o) => o.rows);
    const by = (s: string) => rows.filter((r) => !isUnknown(r) && r.status === s).length;
    return [...key.split(' | '), list.length, rows.length, by('filled'), by('needs-you'), by('skipped'), by('failed'), rows.filter(isUnknown).length, list.filter((o) => o.error).length];
  };
  const keys = [...groups.keys()].sort();
  const all = outcomes.flatMap((o) => o.rows);
  const parts = [
    `# Corpus report: ${meta.folder}`,
    `Profile: ${meta.profile}. ${outcomes.length} pages in ${(meta.totalMs / 1000).toFixed(1)} s (${(meta.totalMs / Math.max(1, outcomes.length)).toFixed(0)} ms a page).`,
    '"unknown": a field whose meaning nothing recognised (counted apart from skipped). "errors": pages that made the engine throw or never finished.',
    table(['ats', 'layout', 'pages', 'fields', 'filled', 'needs-you', 'skipped', 'failed', 'unknown', 'errors'], [
      ...keys.map((k) => countRow(k, groups.get(k)!)),
      countRow('all | all', outcomes),
    ]),
    '## Most common needs-you labels',
    table(['label', 'fields'], topLabels(all.filter((r) => r.status === 'needs-you'), 30)),
    '## Most common unknown labels',
    table(['label', 'fields'], topLabels(all.filter(isUnknown), 30)),
    '## Errors',
    outcomes.filter((o) => o.error).map((o) => `- ${o.name}: ${o.error}`).join('\n') || 'none',
    '## Forms no person sees (the popup offers no Fill)',
    outcomes.filter((o) => o.hidden).map((o) => `- ${o.name}: ${o.hidden}`).join('\n') || 'none',
    '## Pages',
    table(['page', 'fields', 'filled', 'needs-you', 'ms'], outcomes.map((o) => [o.name, o.rows.length, o.rows.filter((r) => r.status === 'filled').length, o.rows.filter((r) => r.status === 'needs-you').length, o.ms.toFixed(0)])),
  ];
  if (meta.noUrl.length) parts.push('## Pages left out (no URL in index.json or the page)', meta.noUrl.map((n) => `- ${n}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
