import type { HidingLayer } from './hiding-shapes';

/**
 * A random application form as plain data, so fast-check can shrink it and a counterexample prints as something a
 * person can read. `render-form.ts` turns a spec into DOM; `form-arbitrary.ts` generates specs.
 */

/**
 * Text-like input types, including ones whose value the browser sanitizes (number, date, email). Not `color`:
 * happy-dom reports "" for an untouched colour input where browsers report "#000000", so undo would look wrong
 * in the test for a reason no browser has.
 */
export const TEXT_INPUT_TYPES = ['text', 'email', 'tel', 'url', 'number', 'date', 'password', 'month', ''] as const;
/** Controls a person presses, never Applyfill: `<input type=…>` and `<button type=…>` (`none`: no type = submit). */
export const PRESS_CONTROLS = ['input-submit', 'input-image', 'input-reset', 'input-button', 'button-none', 'button-submit', 'button-button', 'button-reset'] as const;

/** What a widget's option is made of: a plain element, or a button (no type, submit, button). */
export const OPTION_TAGS = ['div', 'button-none', 'button-submit', 'button-button'] as const;

export interface Choice {
  value: string;
  text: string;
}

export type ControlSpec =
  | { type: 'input'; inputType: (typeof TEXT_INPUT_TYPES)[number]; value: string }
  | { type: 'textarea'; value: string }
  | { type: 'select'; placeholder: boolean; options: Choice[]; selected: number | null; multiple: boolean }
  | { type: 'radio'; options: Choice[]; checked: number | null }
  | { type: 'checkboxes'; options: Choice[]; checked: boolean[] }
  | { type: 'checkbox'; value: string | null; checked: boolean }
  | { type: 'file' }
  /**
   * A react-select: `typed` is search text the person typed and did not commit, `committed` a choice it shows,
   * `options` its menu (null: a widget that renders none), each option a `<div>` or a button (`button-none` has no
   * type: inside a form it submits), `notice`: a search that finds nothing shows react-select's "No options".
   */
  | { type: 'combobox'; typed: string; committed: string | null; options: string[] | null; optionTag: (typeof OPTION_TAGS)[number]; notice: boolean }
  /** A row of answer buttons beside a hidden checkbox (Ashby's Yes/No), `button-none` submits inside a form. */
  | { type: 'buttons'; options: string[]; pressed: number | null; buttonType: (typeof OPTION_TAGS)[number] }
  | { type: 'press'; control: (typeof PRESS_CONTROLS)[number]; value: string }
  | { type: 'hidden-input'; value: string };

/** How the control gets its label text. */
export const LABEL_MODES = ['for', 'wrap', 'wrap-nested', 'aria-labelledby', 'aria-label', 'placeholder', 'text-before', 'none'] as const;

/** Decoys for bots (honeypots). Forbidden for Applyfill. */
export const TRAPS = ['offscreen-zero-size', 'honeypot-name', 'leave-blank-aria', 'aria-hidden-untabbable', 'transparent'] as const;
/** Controls the page locked. Forbidden for Applyfill (read-only: on text-like controls, where it means something). */
export const LOCKS = ['disabled', 'readonly'] as const;

export interface FieldSpec {
  control: ControlSpec;
  label: string;
  labelMode: (typeof LABEL_MODES)[number];
  name: string;
  id: string;
  autocomplete: string;
  /** Hiding layers on the control and its boxes (see hiding-shapes.ts); hidden ones are forbidden for Applyfill. */
  hiding: HidingLayer[];
  trap: (typeof TRAPS)[number] | null;
  lock: (typeof LOCKS)[number] | null;
  required: boolean;
}

export interface SectionSpec {
  heading: string | null;
  /** A fieldset around the section; `disabled` locks every control in it. */
  fieldset: 'none' | 'plain' | 'disabled';
  legend: string;
  /** Layers on a box around the whole section (a hidden section hides all its fields). */
  hiding: HidingLayer[];
  fields: FieldSpec[];
}

/** Something the page does between the review and the fill (the executor must check again). */
export const LATE_CHANGES = ['disable', 'hide', 'readonly', 'remove', 'type-value', 'check'] as const;

/**
 * Another frame of the same page: a copy of the form in an iframe the person sees (also `faded`: its form under a
 * half-transparent box; `half`: the iframe itself at opacity 0.5; `cornered`: a bar of the page over one corner), or
 * a decoy one they don't (also `covered`: an opaque box of the page over the iframe).
 */
export const FRAME_KINDS = ['visible', 'tiny', 'transparent', 'display-none', 'covered', 'faded', 'half', 'cornered'] as const;
/**
 * Where a frame's document comes from: `same` a document of the page's own origin (srcdoc), `cross` an ATS embed
 * on another site, which Chromium runs out of process, as real embeds are (the Chromium run; happy-dom draws all
 * frames in one document).
 */
export const FRAME_ORIGINS = ['same', 'cross'] as const;
/** Where the iframe sits: in the tab's first screen, or after a spacer taller than the viewport (below the fold). */
export const FRAME_PLACES = ['first-screen', 'below-fold'] as const;

export interface FrameSpec {
  kind: (typeof FRAME_KINDS)[number];
  origin: (typeof FRAME_ORIGINS)[number];
  place: (typeof FRAME_PLACES)[number];
  sameUrl: boolean;
  copy: boolean;
  sections: SectionSpec[];
}

export interface FormCase {
  /** The generator's switched-off shapes (known gaps, see scripts/fuzz-fill.ts), so a replay draws the same. */
  gaps: string[];
  url: string;
  /** Whether the sections sit in a <form> (with a submit counter) or loose in the page. */
  inForm: boolean;
  sections: SectionSpec[];
  profile: { index: number; answers: boolean; contact: boolean; resume: boolean; selfId: 'unset' | 'decline' | 'answer' };
  /** Review edits, aimed at the n-th collected field (modulo the field count). */
  edits: { at: number; value: string | null; enabled: boolean | null; overwrite: boolean }[];
  late: { at: number; change: (typeof LATE_CHANGES)[number] }[];
  /**
   * Iframes before the top page's form, each holding a form: its own `sections`, or with `copy` the top page's (a
   * duplicate embed); reporting the top page's URL (`sameUrl`) or an embed's.
   */
  frames: FrameSpec[];
  /** Which offered form the person picks when several are (0: the preselected one, which the shortcut fills). */
  pick: number;
}
