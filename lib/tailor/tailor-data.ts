import { displayLabel } from '../fields/field-descriptor';
import type { PageSnapshot } from '../page/analyze-page';
import type { Profile } from '../profile/profile-schema';
import { noChoices, type TailoringChoices } from './bullet-choices';
import type { Ranking } from './bullet-ranking';
import { storedChoices } from './job-tailoring';
import type { ProfilePosition } from './profile-bullets';
import { suggestChoices } from './suggest-choices';
import { staleChoiceIds } from './tailored-resume';
import { tailorPositions, type TailorPosition } from './tailor-view';
import type { TailorSource, TailoringState } from './tailoring-state';

/** What the Tailor view shows (components/tailor/tailor-panel.tsx). */
export interface TailorData {
  source: TailorSource;
  canReadPage: boolean;
  description: string;
  job: { title: string; company: string };
  terms: string[];
  missing: string[];
  positions: TailorPosition[];
  /** Text boxes of the form a tailored text can go into (Lever "Additional information", a cover-letter box). */
  textTargets: { fieldId: string; label: string }[];
  message: string;
  /** Chosen bullets that no longer match the profile (it changed since): shown, never silently dropped. */
  stale: number;
}

/** What the state is read against: the active profile, its bullets ranked for the job, and the form. */
export interface TailorContext {
  profile: Profile | undefined;
  positions: readonly ProfilePosition[];
  ranking: Ranking | null;
  snapshot: PageSnapshot | null | undefined;
  tabId: number | undefined;
}

/** The person's own picks for this job and profile; before any, the best bullets suggested; no description, none. */
export function currentChoices(state: TailoringState, { profile, ranking }: Pick<TailorContext, 'profile' | 'ranking'>): TailoringChoices {
  const stored = profile ? storedChoices(state.job, profile.id) : undefined;
  return stored ?? (ranking && state.job.description.trim() ? suggestChoices(ranking.bullets) : noChoices());
}

export function tailorData(state: TailoringState, context: TailorContext): TailorData {
  const { job } = state;
  const { profile, positions, ranking, snapshot, tabId } = context;
  const choices = currentChoices(state, context);
  return {
    source: state.source,
    canReadPage: tabId !== undefined && !!snapshot,
    description: job.description,
    job: { title: job.title || snapshot?.job.title || '', company: job.company || snapshot?.job.company || '' },
    terms: ranking?.terms.slice(0, 15).map((t) => t.label) ?? [],
    missing: ranking?.missing.map((t) => t.label) ?? [],
    positions: ranking && job.description.trim() ? tailorPositions(positions, ranking, choices) : [],
    textTargets: (snapshot?.fields ?? []).filter((f) => f.kind === 'textarea' && !f.forbidden).map((f) => ({ fieldId: f.id, label: displayLabel(f) })),
    message: state.message,
    stale: profile ? staleChoiceIds(positions, choices).length : 0,
  };
}
