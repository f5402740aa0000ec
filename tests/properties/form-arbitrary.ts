import fc from 'fast-check';
import { CLIP_PATHS, HIDING_PLACES, HIDING_SHAPES, OPACITIES, type HidingLayer } from './hiding-shapes';
import { LAYOUT_SHAPES } from './layout-shapes';
import { FRAME_KINDS, FRAME_ORIGINS, LABEL_MODES, LATE_CHANGES, LOCKS, OPTION_TAGS, PRESS_CONTROLS, TEXT_INPUT_TYPES, TRAPS } from './form-spec';
import type { Choice, ControlSpec, FieldSpec, FormCase, SectionSpec } from './form-spec';
import { AUTOCOMPLETE, CHOICE_QUESTIONS, CHOICE_TEXTS, IDS, NAMES, PROTOTYPE_KEYS, REAL_LABELS, TEST_URLS, VALUES } from './form-vocabulary';

/**
 * Shapes the generator can leave out, each by name. `scripts/fuzz-fill.ts` lists the ones that break a rule today
 * (its KNOWN_GAPS, reported to the owners); the test suite and the fuzzer leave those out, `--known-gaps` draws them.
 */
export const SWITCHABLE_SHAPES = {
  'duplicate-values': 'two options of a select, radio group or checkbox group sharing a value',
  'multi-empty-option': 'a multi-select with an option whose value is "" (or a placeholder)',
  'empty-tick-value': 'a radio or checkbox whose value is ""',
  'combobox-typed': 'text the person typed into a combobox and did not commit (also typed after the review)',
  'submit-options': "a combobox's options or a row of answer buttons made of submit-capable buttons",
  frames: 'iframes holding a form of their own beside the top page',
  'no-options-notice': 'a combobox that answers a search with nothing showing react-select\'s "No options" notice (else an empty menu)',
} as const;
export type ShapeId = keyof typeof SWITCHABLE_SHAPES;

export interface GeneratorOptions {
  /** Shapes not to draw. */
  off: ReadonlySet<ShapeId>;
  /** Also the layout hiding shapes (only where there is a layout engine: the Chromium run). */
  layout?: boolean;
  /** Every case with iframes (the Chromium run's `--frames`: the frame choice under test), else one in six. */
  framed?: boolean;
}

const on = (options: GeneratorOptions, shape: ShapeId) => !options.off.has(shape);

// Nonsense too: empty, whitespace, punctuation, other scripts, markup-looking text, long prose, prototype keys.
const nonsense = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '*', '<b>Email</b>', 'e‑mail', 'Имя', '名前', 'email email email', 'x'.repeat(300), ...PROTOTYPE_KEYS),
);
const labelText = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...REAL_LABELS) }, { weight: 1, arbitrary: nonsense });
const maybe = <T>(arb: fc.Arbitrary<T>, emptyWeight = 3) => fc.oneof({ weight: emptyWeight, arbitrary: fc.constant('') }, { weight: 1, arbitrary: arb });
const rarely = <T>(values: readonly T[], noneWeight: number) =>
  fc.oneof({ weight: noneWeight, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...values) });
const tag = <T extends string>(type: T) => fc.constant(type);

const optionValue = fc.oneof(fc.constantFrom('', '1', '0', 'yes', 'no', 'other', ...PROTOTYPE_KEYS), fc.string({ maxLength: 6 }));
const choice: fc.Arbitrary<Choice> = fc.record({
  value: optionValue,
  text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CHOICE_TEXTS) }, { weight: 1, arbitrary: nonsense }),
});

/** Options of a choice field: values distinct unless duplicates are on (then often two share one). */
function choices(options: GeneratorOptions): fc.Arbitrary<Choice[]> {
  const distinct = fc.uniqueArray(choice, { minLength: 1, maxLength: 5, selector: (c) => c.value });
  if (!on(options, 'duplicate-values')) return distinct;
  const twin = distinct.chain((cs) => fc.nat(cs.length - 1).map((i) => [...cs, { value: cs[i]!.value, text: cs[(i + 1) % cs.length]!.text }]));
  return fc.oneof({ weight: 3, arbitrary: distinct }, { weight: 1, arbitrary: twin });
}
const noEmptyValues = (cs: Choice[]) => cs.map((c) => (c.value === '' ? { ...c, value: 'on' } : c));
const tickChoices = (options: GeneratorOptions) => (on(options, 'empty-tick-value') ? choices(options) : choices(options).map(noEmptyValues));

function select(options: GeneratorOptions): fc.Arbitrary<ControlSpec> {
  return choices(options).chain((opts) =>
    fc.record({ placeholder: fc.boolean(), multiple: fc.boolean(), selected: fc.option(fc.nat(opts.length - 1), { nil: null }) }).map((s) => {
      const multiple = s.multiple && opts.length > 2;
      if (multiple && !on(options, 'multi-empty-option')) return { type: 'select' as const, options: noEmptyValues(opts), placeholder: false, selected: s.selected, multiple };
      // The placeholder's value is "" too: beside an option valued "" it is a duplicate value.
      const placeholder = s.placeholder && (on(options, 'duplicate-values') || !opts.some((o) => o.value === ''));
      return { type: 'select' as const, options: opts, placeholder, selected: s.selected, multiple };
    }),
  );
}

const radio = (options: GeneratorOptions) =>
  tickChoices(options).chain((opts) => fc.record({ type: tag('radio'), options: fc.constant(opts), checked: fc.option(fc.nat(opts.length - 1), { freq: 2, nil: null }) }));
const checkboxes = (options: GeneratorOptions) =>
  tickChoices(options).chain((opts) =>
    fc.record({ type: tag('checkboxes'), options: fc.constant(opts), checked: fc.array(fc.boolean(), { minLength: opts.length, maxLength: opts.length }) }),
  );

// A browser never reports an invalid value for a date, month or number input (it sanitizes the attribute to
// ""); happy-dom does, so prefilled values are ones a browser would keep.
const VALID_FOR: Partial<Record<(typeof TEXT_INPUT_TYPES)[number], string>> = { number: '42', date: '2024-01-31', month: '2024-01' };
const textInput = fc.constantFrom(...TEXT_INPUT_TYPES).chain((inputType) =>
  fc.record({ type: tag('input'), inputType: fc.constant(inputType), value: maybe(VALID_FOR[inputType] !== undefined ? fc.constant(VALID_FOR[inputType]) : fc.constantFrom(...VALUES)) }),
);

const optionTag = (options: GeneratorOptions) =>
  on(options, 'submit-options') ? fc.constantFrom(...OPTION_TAGS) : fc.constantFrom('div' as const, 'button-button' as const);

function combobox(options: GeneratorOptions): fc.Arbitrary<ControlSpec> {
  const list = fc.option(fc.uniqueArray(fc.constantFrom(...CHOICE_TEXTS), { minLength: 1, maxLength: 5 }), { freq: 6, nil: null });
  return list.chain((opts) => fc.record({
    type: tag('combobox'),
    typed: on(options, 'combobox-typed') ? maybe(fc.constantFrom(...VALUES, 'Ger', 'Fem')) : fc.constant(''),
    // What a widget shows as chosen is one of its options (a dead widget's is anything).
    committed: fc.option(opts ? fc.constantFrom(...opts) : fc.constantFrom(...CHOICE_TEXTS), { freq: 4, nil: null }),
    options: fc.constant(opts),
    optionTag: optionTag(options),
    notice: fc.constant(on(options, 'no-options-notice')),
  }));
}

const answerButtons = (options: GeneratorOptions) =>
  fc.constantFrom<string[]>(['Yes', 'No'], ['Yes', 'No', 'Decline to self-identify'], ['Male', 'Female']).chain((opts) =>
    fc.record({ type: tag('buttons'), options: fc.constant(opts), pressed: fc.option(fc.nat(opts.length - 1), { freq: 3, nil: null }), buttonType: optionTag(options) }),
  );

function control(options: GeneratorOptions): fc.Arbitrary<ControlSpec> {
  return fc.oneof(
    { weight: 6, arbitrary: textInput },
    { weight: 2, arbitrary: fc.record({ type: tag('textarea'), value: maybe(fc.constantFrom(...VALUES)) }) },
    { weight: 3, arbitrary: select(options) },
    { weight: 3, arbitrary: radio(options) },
    { weight: 2, arbitrary: checkboxes(options) },
    { weight: 2, arbitrary: fc.record({ type: tag('checkbox'), value: fc.option(fc.constantFrom('yes', 'on', '1', 'true', ...PROTOTYPE_KEYS), { nil: null }), checked: fc.boolean() }) },
    { weight: 1, arbitrary: fc.constant({ type: 'file' as const }) },
    { weight: 2, arbitrary: combobox(options) },
    { weight: 1, arbitrary: answerButtons(options) },
    { weight: 2, arbitrary: fc.record({ type: tag('press'), control: fc.constantFrom(...PRESS_CONTROLS), value: fc.constantFrom('', 'Submit application', 'Apply') }) },
    { weight: 1, arbitrary: fc.record({ type: tag('hidden-input'), value: fc.constantFrom('', 'token-123', 'https://example.org') }) },
  );
}

// No `"` or `\\`: happy-dom's radio grouping builds an unescaped selector from the name and throws (browsers don't).
const safeName = (name: string) => name.replace(/["\\]/g, '');

/** A choice question as real forms ask it, as a select, radio group, checkbox group or combobox, option values varied. */
const askedQuestion = (options: GeneratorOptions): fc.Arbitrary<{ label: string; control: ControlSpec; plain: boolean }> =>
  fc
    .record({
      question: fc.constantFrom(...CHOICE_QUESTIONS),
      type: fc.constantFrom('select' as const, 'radio' as const, 'checkboxes' as const, 'combobox' as const),
      values: fc.constantFrom('text', 'index', 'slug', 'prototype'),
      placeholder: fc.boolean(),
      plain: fc.boolean(),
      tagOf: optionTag(options),
    })
    .map(({ question, type, values, placeholder, plain, tagOf }) => {
      const opts = question.options.map((text, i) => ({
        text,
        value: values === 'text' ? text : values === 'index' ? String(i + 1) : values === 'slug' ? text.toLowerCase().replace(/\W+/g, '_') : PROTOTYPE_KEYS[i % PROTOTYPE_KEYS.length]!,
      }));
      const control: ControlSpec =
        type === 'select'
          ? { type, options: opts, placeholder, selected: null, multiple: false }
          : type === 'radio'
            ? { type, options: opts, checked: null }
            : type === 'checkboxes'
              ? { type, options: opts, checked: opts.map(() => false) }
              : { type, typed: '', committed: null, options: [...question.options], optionTag: tagOf, notice: on(options, 'no-options-notice') };
      return { label: question.label, control, plain };
    });

const labelledControl = (options: GeneratorOptions) =>
  fc.oneof({ weight: 3, arbitrary: fc.record({ label: labelText, control: control(options), plain: fc.constant(false) }) }, { weight: 1, arbitrary: askedQuestion(options) });

/** Any hiding layer on one of `places`; opacities and clip paths drawn from their tables. */
const layer = (places: readonly HidingLayer['on'][], layout: boolean): fc.Arbitrary<HidingLayer> =>
  fc.record({ shape: fc.constantFrom<HidingLayer['shape']>(...HIDING_SHAPES, ...(layout ? LAYOUT_SHAPES : [])), on: fc.constantFrom(...places) }).chain(({ shape, on: place }) =>
    (shape === 'opacity' || shape === 'filter-opacity' ? fc.constantFrom(...OPACITIES) : shape === 'clip-path' ? fc.nat(CLIP_PATHS.length - 1) : fc.constant(0)).map(
      // A box made small lets its content overflow (still seen): near misses go on the control itself.
      (amount) => ({ shape, on: shape === 'small-visible' || shape === 'nudged' ? 'self' : place, amount }),
    ),
  );
/** Mostly none, often one, sometimes a stack of two or three (random combinations). */
const layers = (places: readonly HidingLayer['on'][], noneWeight: number, layout = false): fc.Arbitrary<HidingLayer[]> =>
  fc.oneof(
    { weight: noneWeight, arbitrary: fc.constant<HidingLayer[]>([]) },
    { weight: 3, arbitrary: fc.array(layer(places, layout), { minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.array(layer(places, layout), { minLength: 2, maxLength: 3 }) },
  );

const FIELD_PLACES = HIDING_PLACES.filter((p) => p !== 'section');

const field = (options: GeneratorOptions): fc.Arbitrary<FieldSpec> =>
  fc
    .record({
      labelled: labelledControl(options),
      labelMode: fc.constantFrom(...LABEL_MODES),
      name: maybe(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 }).map(safeName)), 1),
      id: maybe(fc.constantFrom(...IDS), 1),
      autocomplete: maybe(fc.constantFrom(...AUTOCOMPLETE)),
      // Mostly fillable, so the fill path runs; every forbidden kind still shows up many times in a few hundred cases.
      hiding: layers(FIELD_PLACES, 12, options.layout),
      trap: rarely(TRAPS, 14),
      lock: rarely(LOCKS, 10),
      required: fc.boolean(),
    })
    // Half the asked questions carry Greenhouse's neutral identifiers, so the question's label decides the role.
    .map(({ labelled: { plain, ...labelled }, ...rest }) => ({ ...rest, ...labelled, ...(plain ? { name: 'question_4711', id: '', autocomplete: '', labelMode: 'for' as const } : {}) }));

const section = (options: GeneratorOptions): fc.Arbitrary<SectionSpec> =>
  fc.record({
    heading: fc.option(fc.constantFrom('Personal information', 'Links', 'Voluntary Self-Identification', 'Questions'), { nil: null }),
    fieldset: fc.oneof({ weight: 6, arbitrary: tag('none') }, { weight: 2, arbitrary: tag('plain') }, { weight: 1, arbitrary: tag('disabled') }),
    legend: maybe(labelText, 1),
    hiding: layers(['section'], 24, options.layout),
    fields: fc.array(field(options), { minLength: 1, maxLength: 6 }),
  });

const edit = fc.record({
  at: fc.nat(40),
  value: fc.option(fc.oneof(fc.constantFrom(...VALUES, ...CHOICE_TEXTS), fc.string({ maxLength: 8 })), { nil: null }),
  enabled: fc.option(fc.boolean(), { nil: null }),
  overwrite: fc.boolean(),
});

const frameList = (options: GeneratorOptions) =>
  fc.array(
    fc.record({
      kind: fc.constantFrom(...FRAME_KINDS),
      origin: fc.constantFrom(...FRAME_ORIGINS),
      place: fc.oneof({ weight: 4, arbitrary: tag('first-screen') }, { weight: 1, arbitrary: tag('below-fold') }),
      sameUrl: fc.boolean(),
      copy: fc.boolean(),
      sections: fc.array(section(options), { minLength: 1, maxLength: 1 }),
    }),
    { minLength: 1, maxLength: 2 },
  );

const frames = (options: GeneratorOptions): fc.Arbitrary<FormCase['frames']> => {
  if (!on(options, 'frames')) return fc.constant<FormCase['frames']>([]);
  if (options.framed) return frameList(options);
  return fc.oneof({ weight: 5, arbitrary: fc.constant<FormCase['frames']>([]) }, { weight: 1, arbitrary: frameList(options) });
};

/** A whole generated case: page, profile, review edits, what the page does between review and fill, other frames. */
export const formCase = (options: GeneratorOptions = { off: new Set() }): fc.Arbitrary<FormCase> =>
  fc.record({
    gaps: fc.constant([...options.off].sort()),
    url: fc.constantFrom(...TEST_URLS),
    inForm: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    sections: fc.array(section(options), { minLength: 1, maxLength: 3 }),
    profile: fc.record({ index: fc.nat(1), answers: fc.boolean(), contact: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), resume: fc.boolean(), selfId: fc.constantFrom('unset' as const, 'decline' as const, 'answer' as const) }),
    edits: fc.array(edit, { maxLength: 3 }),
    late: fc.array(fc.record({ at: fc.nat(60), change: fc.constantFrom(...LATE_CHANGES) }), { maxLength: 2 }),
    frames: frames(options),
    pick: fc.nat(2),
  });
