import { z } from '../profile/zod';

/** The version entries are written at; older ones go through `log-migrations.ts` when read or imported. */
export const LOG_SCHEMA_VERSION = 1;

/** Where an application stands: "filled" until the user says they sent it (Applyfill never sees the submit). */
export const APPLICATION_STATUSES = ['filled', 'applied', 'interviewing', 'offer', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  filled: 'Filled, not sent',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
};

const text = (max: number) => z.string().max(max).default('');
const time = z.number().int().nonnegative();

/** One application: the job (by canonical URL, the entry's key), what was filled with which profile, and after. */
export const logEntrySchema = z.object({
  schemaVersion: z.literal(LOG_SCHEMA_VERSION),
  /** Canonical job URL (tailor/job-url.ts): no tracking parameters; the form and its posting are one job. */
  // Only web addresses: the Applications view links to it, and a `javascript:` link from an imported file must not.
  url: z
    .string()
    .min(1)
    .max(2_000)
    .regex(/^https?:\/\/[^\s]+$/i, 'expected the job’s web address (https://…)'),
  company: text(300),
  title: text(300),
  /** The ATS's name as the popup shows it ("Greenhouse"), or "" when unknown. */
  ats: text(50),
  profileId: text(100),
  /** The profile's label at fill time: a renamed or deleted profile still reads as it did then. */
  profileLabel: text(300),
  firstFilledAt: time,
  lastFilledAt: time,
  fills: z.number().int().positive(),
  filled: z.number().int().nonnegative(),
  /** Needs-you and failed fields of the last fill: what the user had to do by hand. */
  leftToYou: z.number().int().nonnegative(),
  /** Bullet texts the user copied or put into the form from Tailor for this job, in the order first used. */
  bullets: z.array(z.string().max(5_000)).max(200).default([]),
  status: z.enum(APPLICATION_STATUSES).default('filled'),
  appliedAt: time.nullable().default(null),
  note: text(5_000),
  /** Last change of any kind: the newer side wins when an import meets an entry already stored. */
  updatedAt: time,
});

export type LogEntry = z.infer<typeof logEntrySchema>;
