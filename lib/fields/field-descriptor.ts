/** Where a label text came from, in the fixed order in which the collector reads them. */
export const LABEL_SOURCES = ['autocomplete', 'label', 'aria', 'question', 'placeholder', 'name', 'id'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export interface LabelSignal {
  source: LabelSource;
  text: string;
}

/**
 * `button-group`: one answer given by pressing one of a row of buttons (Ashby's Yes/No pair), whose state a hidden
 * checkbox keeps for the form. `combobox`: a react-select style widget whose options exist only while open. `autocomplete`: a text box that
 * offers suggestions as you type and counts a value only once one is picked (Lever's location). `add-entry`: a
 * form's "+ Add" button that opens an empty education or work entry (Workable); pressed only when the user asks.
 */
export const CONTROL_KINDS = ['text', 'textarea', 'select', 'combobox', 'autocomplete', 'radio-group', 'checkbox', 'checkbox-group', 'button-group', 'file', 'add-entry'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

const CHOICE_KINDS = ['select', 'radio-group', 'checkbox', 'checkbox-group', 'button-group'] as const satisfies readonly ControlKind[];
export type ChoiceKind = (typeof CHOICE_KINDS)[number];
const SEARCH_KINDS = ['combobox', 'autocomplete'] as const satisfies readonly ControlKind[];
/** Widgets whose options exist only once opened or typed into. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Controls whose answer is one of the page's own options (a combobox's options only exist once opened). */
export const isChoiceKind = (kind: ControlKind): kind is ChoiceKind => (CHOICE_KINDS as readonly ControlKind[]).includes(kind);
export const isSearchKind = (kind: ControlKind): kind is SearchKind => (SEARCH_KINDS as readonly ControlKind[]).includes(kind);

export interface FieldOption {
  value: string;
  text: string;
}

/** Why a control must never be filled, decided at collection time from what the page shows. */
export type Forbidden = 'hidden' | 'disabled' | 'read-only' | 'honeypot' | 'submit';

/**
 * A plain, serializable snapshot of one fillable control (or one radio/checkbox group). Everything after
 * collection decides on these alone; the DOM node stays behind in the frame that collected it.
 */
export interface FieldDescriptor {
  /** Stable within a page: derived from the control's id or name, so a re-collect yields the same key. */
  id: string;
  kind: ControlKind;
  tag: string;
  type: string;
  name: string;
  domId: string;
  autocomplete: string;
  labels: LabelSignal[];
  /** Heading of the form section the control sits in (an EEO block, a Lever card's title, a fieldset legend). */
  section: string;
  /** The words the section opens with before its first question (a Lever card's description), or ''. */
  sectionNote: string;
  /** 1, 2, 3… for the copies of a block asked more than once in one section (three references); 0 otherwise. */
  groupIndex: number;
  options: FieldOption[];
  required: boolean;
  forbidden: Forbidden | null;
  /** What the control holds now: text value, selected option text, checked values joined by "; ". */
  currentValue: string;
  /** File inputs: accepted types, from the `accept` attribute. */
  accept: string;
  /**
   * The site's own stable key for the question the control answers (Ashby's `data-field-path`, Workable's
   * `data-ui`), '' when it has none. Names are not enough there: Ashby names checkboxes by their option text.
   */
  siteKey?: string;
}

export function labelText(field: FieldDescriptor, source: LabelSource): string | undefined {
  return field.labels.find((l) => l.source === source)?.text;
}

/** The best human label: the first signal a person would read on the page. */
export function displayLabel(field: FieldDescriptor): string {
  const human = field.labels.find((l) => l.source === 'label' || l.source === 'aria' || l.source === 'question');
  return (human ?? field.labels.find((l) => l.source === 'placeholder') ?? field.labels[0])?.text ?? field.id;
}
