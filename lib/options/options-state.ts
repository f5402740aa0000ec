import { profileFor, splitProfile } from '../profile/combine-profile';
import type { Resume } from '../profile/identity-schema';
import { describeConflict, mergeIdentity } from '../profile/merge-identity';
import { setIn, type Path } from '../profile/path-access';
import type { ImportedData } from '../profile/profile-import';
import { createProfile, deleteProfile, duplicateProfile, renameProfile, replaceProfile } from '../profile/profile-list';
import type { ProfileData } from '../profile/profile-data';
import type { Profile } from '../profile/profile-schema';
import { validationErrors } from '../profile/validation-errors';

export type OptionsMessage = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The options page as data. `saved` is what storage holds; `draft` is what the person sees, with every unsaved
 * edit of the identity and of every résumé: switching or renaming a profile never drops one.
 */
export interface OptionsState {
  saved: ProfileData | null;
  draft: ProfileData | null;
  selectedId: string;
  message: OptionsMessage;
  problems: string[];
  /** What the move to one identity (or an import) did not keep, until the person dismisses it. */
  notes: string[];
}

export const initialOptionsState: OptionsState = { saved: null, draft: null, selectedId: '', message: null, problems: [], notes: [] };

/** A state change, and what must be stored first for it to hold (a list change is stored at once). */
export interface Outcome {
  state: OptionsState;
  store?: ProfileData;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function loaded(state: OptionsState, data: ProfileData, activeId: string, problems: string[], notes: string[]): OptionsState {
  return { ...state, saved: data, draft: data, selectedId: activeId, problems, notes };
}

/** The selected profile as the editor shows it: the draft identity with the draft résumé. */
export function editedProfile(state: OptionsState): Profile | null {
  const resume = state.draft?.resumes.find((r) => r.id === state.selectedId);
  return state.draft && resume ? profileFor(state.draft.identity, resume) : null;
}

/** Unsaved edits anywhere: the identity or any résumé. */
export const isDirty = (state: OptionsState): boolean => !same(state.saved, state.draft);

/** Labels of profiles with unsaved edits (the identity counts for none of them: it is shown apart). */
export function unsavedProfiles(state: OptionsState): string[] {
  if (!state.draft || !state.saved) return [];
  return state.draft.resumes.filter((r) => !same(r, state.saved!.resumes.find((s) => s.id === r.id))).map((r) => r.label);
}

export const select = (state: OptionsState, id: string): OptionsState => ({ ...state, selectedId: id, message: null });

export function change(state: OptionsState, path: Path, value: unknown): OptionsState {
  const whole = editedProfile(state);
  if (!whole || !state.draft) return state;
  const { identity, resume } = splitProfile(setIn(whole, path, value));
  return { ...state, draft: { identity, resumes: replaceProfile(state.draft.resumes, resume) } };
}

export const revert = (state: OptionsState): OptionsState => ({ ...state, draft: state.saved, message: { kind: 'ok', text: 'Unsaved changes were undone.' } });

/** Field errors of the selected profile, keyed by the field's path. */
export const fieldErrors = (state: OptionsState): Record<string, string> => {
  const whole = editedProfile(state);
  return whole ? validationErrors(whole).errors : {};
};

export function save(state: OptionsState): Outcome {
  if (!state.draft) return { state };
  for (const resume of state.draft.resumes) {
    const { profile } = validationErrors(profileFor(state.draft.identity, resume));
    if (!profile) {
      const where = resume.id === state.selectedId ? 'the marked fields' : `the marked fields in “${resume.label}”`;
      return { state: { ...state, message: { kind: 'error', text: `Fix ${where} first; nothing was saved.` } } };
    }
  }
  return { state: { ...state, saved: state.draft, message: { kind: 'ok', text: 'Saved.' } }, store: state.draft };
}

/** Apply a list change to what is stored and to the draft alike, so the draft keeps its other edits. */
function listChange(state: OptionsState, edit: (resumes: Resume[]) => Resume[], select: (resumes: Resume[]) => string, text: string): Outcome {
  if (!state.saved || !state.draft) return { state };
  try {
    const saved = { ...state.saved, resumes: edit(state.saved.resumes) };
    const draftResumes = edit(state.draft.resumes);
    const draft = { ...state.draft, resumes: draftResumes };
    return { state: { ...state, saved, draft, selectedId: select(draftResumes), message: { kind: 'ok', text } }, store: saved };
  } catch (error) {
    return { state: { ...state, message: { kind: 'error', text: (error as Error).message } } };
  }
}

const last = (resumes: Resume[]) => resumes[resumes.length - 1]!.id;

export const create = (state: OptionsState): Outcome => listChange(state, (r) => createProfile(r, 'New profile'), last, 'Created a new profile.');
export const duplicate = (state: OptionsState): Outcome => {
  // The copy is made of what the person sees (the draft), in both lists, so the stored copy is the shown one.
  const source = state.draft?.resumes.find((r) => r.id === state.selectedId);
  if (!source) return { state };
  const copy = duplicateProfile(state.draft!.resumes, source.id).at(-1)!;
  return listChange(state, (r) => [...r, copy], last, `Duplicated as “${copy.label}”.`);
};
export const rename = (state: OptionsState, label: string): Outcome =>
  listChange(state, (r) => renameProfile(r, state.selectedId, label), () => state.selectedId, 'Renamed.');
export const remove = (state: OptionsState): Outcome => {
  const label = state.draft?.resumes.find((r) => r.id === state.selectedId)?.label ?? '';
  return listChange(state, (r) => deleteProfile(r, state.selectedId), (r) => r[0]!.id, `Deleted “${label}”.`);
};

/** An import adds its résumés and folds its person data in (yours first); what differed is listed as notes. */
export function imported(state: OptionsState, data: ImportedData, fileName: string): Outcome {
  if (!state.saved || !state.draft) return { state };
  const from = `“${fileName}”`;
  const savedMerge = mergeIdentity(state.saved.identity, data.identity, from);
  const draftMerge = mergeIdentity(state.draft.identity, data.identity, from);
  const saved = { identity: savedMerge.identity, resumes: [...state.saved.resumes, ...data.resumes] };
  const draft = { identity: draftMerge.identity, resumes: [...state.draft.resumes, ...data.resumes] };
  const notes = [...state.notes, ...[...data.conflicts, ...savedMerge.conflicts].map(describeConflict)];
  const n = data.resumes.length;
  const text = `Imported ${n} profile${n > 1 ? 's' : ''}${notes.length > state.notes.length ? '; some of your details differed, see below' : ''}.`;
  return { state: { ...state, saved, draft, notes, selectedId: data.resumes[0]!.id, message: { kind: 'ok', text } }, store: saved };
}

/**
 * After a store: `stored` is what storage now holds (this page's save merged with what other tabs saved
 * meanwhile). It becomes `saved`; the draft takes it wherever the draft had no unsaved edit.
 */
export function storedAs(state: OptionsState, stored: ProfileData): OptionsState {
  const { saved, draft } = state;
  if (!saved || !draft) return { ...state, saved: stored, draft: stored };
  const edited = <T>(mine: T | undefined, was: T | undefined) => mine !== undefined && !same(mine, was);
  const resumes = stored.resumes.map((r) => {
    const mine = draft.resumes.find((d) => d.id === r.id);
    return mine && edited(mine, saved.resumes.find((s) => s.id === r.id)) ? mine : r;
  });
  const identity = edited(draft.identity, saved.identity) ? draft.identity : stored.identity;
  const selectedId = resumes.some((r) => r.id === state.selectedId) ? state.selectedId : resumes[0]?.id ?? '';
  return { ...state, saved: stored, draft: { identity, resumes }, selectedId };
}

export const withMessage = (state: OptionsState, message: OptionsMessage): OptionsState => ({ ...state, message });
