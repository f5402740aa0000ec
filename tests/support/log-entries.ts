import { entryFromFill, type FillFacts } from '../../lib/log/build-entry';
import type { LogEntry } from '../../lib/log/log-entry';

/** A fill's facts as the popup passes them, with a fill report's counts. */
export function facts(over: Partial<FillFacts> = {}): FillFacts {
  return {
    url: 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply?lever-source=LinkedIn&utm_medium=social',
    company: 'Acme',
    title: 'Senior Engineer',
    ats: 'Lever',
    profile: { id: 'rust-p2p-networking', label: 'Rust' },
    counts: { filled: 14, skipped: 2, 'needs-you': 3, failed: 1 },
    ...over,
  };
}

/** `n` entries for `n` distinct jobs, entry i filled at `start + i` minutes. */
export function manyEntries(n: number, start = Date.UTC(2026, 0, 1)): LogEntry[] {
  return Array.from({ length: n }, (_, i) =>
    entryFromFill(
      facts({
        url: `https://job-boards.greenhouse.io/company${i % 300}/jobs/${100000 + i}?gh_src=abc`,
        company: `Company ${i % 300}`,
        title: ['Backend Engineer', 'Staff Engineer, Platform', 'Site Reliability Engineer', 'Rust Developer'][i % 4]!,
        ats: 'Greenhouse',
        profile: i % 2 ? { id: 'elixir-staff-engineer', label: 'Elixir · Staff engineer' } : { id: 'rust-p2p-networking', label: 'Rust · P2P networking · Prometheus' },
      }),
      undefined,
      i % 5 ? [] : ['Cut p99 latency of the gossip layer by 38% with a QUIC transport', 'Led the migration of 40 services to Kubernetes'],
      start + i * 60_000,
    ),
  );
}
