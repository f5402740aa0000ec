import type { Role } from '../roles/roles';

export type FieldStatus = 'filled' | 'skipped' | 'needs-you' | 'failed';

export interface FieldResult {
  fieldId: string;
  name: string;
  domId: string;
  label: string;
  role: Role;
  status: FieldStatus;
  /** What the page shows after the fill, read back from the control. */
  value: string;
  reason: string;
  /** Filled, but the page confirmed nothing (a location typed with no suggestion picked): shown amber, to check. */
  check?: boolean;
}

export interface FillReport {
  url: string;
  results: FieldResult[];
  counts: Record<FieldStatus, number>;
  ms: number;
  /** Filled in by the popup: how long each pipeline step took, in milliseconds. */
  timings?: { collectMs: number; classifyMs: number; planMs: number; fillMs: number };
}

export function countResults(results: readonly FieldResult[]): Record<FieldStatus, number> {
  const counts: Record<FieldStatus, number> = { filled: 0, skipped: 0, 'needs-you': 0, failed: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}
