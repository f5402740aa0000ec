import type { FieldDescriptor } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';

export const ATS_IDS = ['greenhouse', 'lever', 'ashby', 'workable'] as const;
export type AtsId = (typeof ATS_IDS)[number];

export interface SiteHint {
  role: Role;
  reason: string;
}

export interface JobInfo {
  company: string;
  title: string;
}

export interface AtsAdapter {
  id: AtsId;
  name: string;
  /** URLs this adapter must accept; every other adapter must reject them (tests/unit/ats-detection.test.ts). */
  testUrls: readonly string[];
  /** URLs that look close but are not application forms this adapter fills. */
  rejectUrls: readonly string[];
  detect(url: URL): boolean;
  /** The site's own strong signals (field names and ids it always uses), tried before any generic heuristic. */
  hint(field: FieldDescriptor): SiteHint | null;
  jobInfo(root: Document): JobInfo;
}
