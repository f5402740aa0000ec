import type { TailoringChoices } from './bullet-choices';
import { newJobTailoring, withChoices, withDescription, type JobTailoring } from './job-tailoring';

/** Where the description came from, or why it could not be read from the page. */
export interface TailorSource {
  status: 'idle' | 'reading' | 'page' | 'pasted' | 'failed';
  message?: string;
}

/** The Tailor view's state as plain data; the hook (entrypoints/popup/use-tailoring.ts) wires storage and the tab. */
export interface TailoringState {
  /** The job tailored: its stored entry (per job URL, or the one pasted slot off a form), or a new one. */
  job: JobTailoring;
  /** The key whose stored entry has answered; until then the page is not read (a kept description may come). */
  loadedKey: string | null;
  /** The key the page was read for: a form is read once, not each time Tailor opens. */
  readFor: string | null;
  source: TailorSource;
  message: string;
  /** Changed by the person or a page read since it was loaded or stored: only such a job is written back. */
  unsaved: boolean;
}

export const initialTailoringState = (key: string, now: number): TailoringState => ({
  job: newJobTailoring(key, now),
  loadedKey: null,
  readFor: null,
  source: { status: 'idle' },
  message: '',
  unsaved: false,
});

/** `at`: the clock of the event, so the reducer stays pure (the job's `savedAt`). */
export type TailoringEvent =
  | { type: 'loaded'; key: string; stored: JobTailoring | null; problems: string[]; at: number }
  | { type: 'read-started'; key: string }
  | { type: 'read-done'; key: string; text: string; title: string; company: string; at: number }
  | { type: 'read-failed'; key: string; message: string }
  | { type: 'description-typed'; text: string; at: number }
  | { type: 'choices-changed'; profileId: string; choices: TailoringChoices; at: number }
  | { type: 'stored' }
  | { type: 'message'; text: string };

export function tailoringReducer(state: TailoringState, event: TailoringEvent): TailoringState {
  switch (event.type) {
    case 'loaded': {
      const { stored } = event;
      const kept = !!stored?.description;
      return {
        ...state,
        job: stored ?? newJobTailoring(event.key, event.at),
        loadedKey: event.key,
        source: { status: kept ? 'pasted' : 'idle', message: kept ? 'Description kept from your last visit.' : '' },
        message: event.problems.length ? event.problems.join('; ') : state.message,
        unsaved: false,
      };
    }
    case 'read-started':
      return { ...state, readFor: event.key, source: { status: 'reading', message: 'Reading the job description…' } };
    case 'read-done':
      // A read that answers after the popup moved to another form describes that other job: dropped.
      if (event.key !== state.loadedKey) return state;
      return {
        ...state,
        job: withDescription(state.job, event.text, { title: event.title, company: event.company }, event.at),
        source: { status: 'page', message: 'Read from the page.' },
        unsaved: true,
      };
    case 'read-failed':
      return event.key === state.loadedKey ? { ...state, source: { status: 'failed', message: event.message } } : state;
    case 'description-typed':
      return { ...state, job: withDescription(state.job, event.text, {}, event.at), source: { status: 'pasted' }, unsaved: true };
    case 'choices-changed':
      return { ...state, job: withChoices(state.job, event.profileId, event.choices, event.at), unsaved: true };
    case 'stored':
      return { ...state, unsaved: false };
    case 'message':
      return { ...state, message: event.text };
  }
}

/**
 * Readability is injected only when the person opens Tailor (README: never on a plain popup open), on a form, once
 * its stored entry has answered, and once per form: a description kept from the last visit, or read already, is
 * not read again.
 */
export const shouldReadPage = (state: TailoringState, view: { open: boolean; onForm: boolean; key: string }): boolean =>
  view.open && view.onForm && state.loadedKey === view.key && !state.job.description.trim() && state.readFor !== view.key;
