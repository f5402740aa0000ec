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

/**
 * Everything Applyfill knows about one applicant-tracking system, in one place. The content script's match
 * patterns, the host permissions, the job key tailoring is stored under and the job-description reader all derive
 * from these fields (ats-hosts.ts, tailor/job-url.ts, page/job-description.ts); nothing else names an ATS host.
 * The URLs the tests check each adapter against live in tests/support/ats-urls.ts, out of the shipped bundles.
 */
export interface AtsAdapter {
  id: AtsId;
  name: string;
  /** Every host name it serves forms and postings from, exactly (EU twins included); https only. */
  hosts: readonly string[];
  /** The path part of the content script's match pattern on those hosts (`/*` for anywhere). */
  formPaths: string;
  /** On one of `hosts`: is this page an application form it fills? Finer than the match pattern. */
  isForm(url: URL): boolean;
  /** On one of `hosts`: the job's one address, the same from its posting, its form and a tracking-tagged link. */
  canonicalJobUrl(url: URL): string;
  /** Query parameters that name one of its jobs on a company's own career site that embeds it. */
  careerSiteJobParams: readonly string[];
  /** The posting's own description container, read before any generic extraction. */
  descriptionRoot(doc: Document): Element | null;
  /** Said when one of its forms is asked for the description and holds none (it lives on another page). */
  descriptionElsewhere?: string;
  /** Where the job title is, most specific first (a CSS selector list). */
  titleSelector: string;
  /** The site's own strong signals (field names and ids it always uses), tried before any generic heuristic. */
  hint(field: FieldDescriptor): SiteHint | null;
  jobInfo(root: Document): JobInfo;
}
