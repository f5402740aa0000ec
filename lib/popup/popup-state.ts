import type { FieldResult, FieldStatus } from '../fill/fill-report';
import type { UndoOutcome } from '../fill/undo-fill';
import type { PageSnapshot } from '../page/analyze-page';
import type { FrameChoice } from '../page/frame-choice';
import type { PlanEdits } from '../plan/fill-plan';
import type { Profile } from '../profile/profile-schema';
import { changeEdit } from '../review/review-fields';

/**
 * `undoable`: fields an earlier fill changed on this page (the page keeps the record until it unloads: a fill from a
 * popup opened before, or from the shortcut). `undone`: an Undo of a fill this popup did not make.
 */
export type FillState =
  | { status: 'idle'; undoable?: number }
  | { status: 'filling' }
  | { status: 'done'; counts: Record<FieldStatus, number>; undo?: UndoOutcome }
  | { status: 'undone'; undo: UndoOutcome }
  | { status: 'error'; message: string };

export type PopupTab = 'review' | 'tailor';

/** Everything the popup knows, as plain data; `popupData` derives what it shows. */
export interface PopupState {
  profiles: Profile[];
  activeId: string;
  problems: string[];
  /** undefined while reading the tab; null when the tab holds no application form. */
  snapshot: PageSnapshot | null | undefined;
  /** The tab's forms a person sees, one per frame, the preferred first; with two or more the person picks one. */
  frames: PageSnapshot[];
  /** Why the forms no person sees were left out (a 1x1 frame…), for the message when none is left. */
  refused: string[];
  /** The browser tab the popup reads and fills; undefined until found or when there is none. */
  tabId: number | undefined;
  edits: PlanEdits;
  /** The person changed the edits since they were loaded or stored: only their own changes are written back. */
  editsUnsaved: boolean;
  fill: FillState;
  /** After a fill: what happened to each field, by field id. */
  outcomes: Record<string, FieldResult>;
  tab: PopupTab;
  /** Sections the person opened or closed; one not listed is open when it needs them, closed when ready. */
  open: Record<string, boolean>;
  /** Per field: keep the answer in the bank or not (lib/answers/review-remember.ts; unset = the default). */
  remember: Record<string, boolean>;
}

export const initialPopupState: PopupState = {
  profiles: [],
  activeId: '',
  problems: [],
  snapshot: undefined,
  frames: [],
  refused: [],
  tabId: undefined,
  edits: {},
  editsUnsaved: false,
  fill: { status: 'idle' },
  outcomes: {},
  tab: 'review',
  open: {},
  remember: {},
};

export type PopupEvent =
  | { type: 'profiles-loaded'; profiles: Profile[]; activeId: string; problems: string[] }
  | { type: 'tab-found'; tabId: number | undefined }
  | { type: 'page-read'; snapshot: PageSnapshot | null }
  | { type: 'forms-read'; choice: FrameChoice<PageSnapshot> }
  | { type: 'choose-frame'; frameId: number }
  | { type: 'problem'; text: string }
  | { type: 'edits-loaded'; edits: PlanEdits }
  | { type: 'edits-stored' }
  | { type: 'edit'; fieldId: string; change: { value?: string; enabled?: boolean; overwrite?: boolean } }
  | { type: 'switch-profile'; id: string }
  | { type: 'replace-profiles'; profiles: Profile[] }
  | { type: 'show-tab'; tab: PopupTab }
  | { type: 'toggle-section'; name: string; open: boolean }
  | { type: 'set-remember'; fieldId: string; on: boolean }
  | { type: 'fill-started' }
  | { type: 'filled'; counts: Record<FieldStatus, number>; results: FieldResult[] }
  | { type: 'fill-failed'; message: string }
  | { type: 'undo-state'; fields: number }
  | { type: 'undone'; result: UndoOutcome }
  | { type: 'undo-failed'; message: string };

/** A fill is running, or done and not undone: the chosen form cannot change. */
export const formLocked = (fill: FillState): boolean => fill.status === 'filling' || (fill.status === 'done' && fill.undo === undefined);

/** The popup's one state transition: pure, so every change is a unit test away. */
export function popupReducer(state: PopupState, event: PopupEvent): PopupState {
  switch (event.type) {
    case 'profiles-loaded':
      return { ...state, profiles: event.profiles, activeId: event.activeId, problems: [...state.problems, ...event.problems] };
    case 'tab-found':
      // No tab to read: nothing will come, so the popup stops waiting for a form.
      return { ...state, tabId: event.tabId, snapshot: event.tabId === undefined ? null : state.snapshot };
    case 'page-read':
      return { ...state, snapshot: event.snapshot };
    case 'forms-read':
      return { ...state, snapshot: event.choice.usable[0] ?? null, frames: event.choice.usable, refused: event.choice.refused.map((r) => r.why) };
    case 'choose-frame': {
      // Another frame is another form: its review starts fresh, and the last fill's outcomes were the other's.
      // While a fill runs or can still be undone the form stays put: Undo goes to the frame that was filled.
      const chosen = state.frames.find((f) => f.frame?.id === event.frameId);
      if (!chosen || chosen === state.snapshot || formLocked(state.fill)) return state;
      return { ...state, snapshot: chosen, fill: { status: 'idle' }, outcomes: {} };
    }
    case 'problem':
      return { ...state, problems: [...state.problems, event.text], snapshot: state.snapshot === undefined ? null : state.snapshot };
    case 'edits-loaded':
      return { ...state, edits: event.edits, editsUnsaved: false };
    case 'edits-stored':
      return { ...state, editsUnsaved: false };
    case 'edit':
      return { ...state, edits: changeEdit(state.edits, event.fieldId, event.change), editsUnsaved: true };
    case 'switch-profile':
      // Another résumé plans other values: what the last fill did no longer describes these rows.
      return event.id === state.activeId ? state : { ...state, activeId: event.id, fill: { status: 'idle' }, outcomes: {} };
    case 'replace-profiles':
      return { ...state, profiles: event.profiles };
    case 'show-tab':
      return { ...state, tab: event.tab };
    case 'toggle-section':
      return { ...state, open: { ...state.open, [event.name]: event.open } };
    case 'set-remember':
      return { ...state, remember: { ...state.remember, [event.fieldId]: event.on } };
    case 'fill-started':
      return { ...state, fill: { status: 'filling' } };
    case 'filled':
      return { ...state, fill: { status: 'done', counts: event.counts }, outcomes: Object.fromEntries(event.results.map((r) => [r.fieldId, r])) };
    case 'fill-failed':
      return { ...state, fill: { status: 'error', message: event.message } };
    case 'undo-state':
      return state.fill.status === 'idle' && event.fields > 0 ? { ...state, fill: { status: 'idle', undoable: event.fields } } : state;
    case 'undone':
      return {
        ...state,
        fill: state.fill.status === 'done' ? { ...state.fill, undo: event.result } : { status: 'undone', undo: event.result },
        outcomes: {},
      };
    case 'undo-failed':
      return { ...state, fill: { status: 'error', message: event.message } };
  }
}
