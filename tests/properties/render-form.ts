import { renderAnswerRow, renderCombobox } from './combobox-widget';
import { decorateControl } from './decorate-control';
import { forbiddenBy } from './forbidden-rules';
import type { ControlSpec, FieldSpec, FormCase, SectionSpec } from './form-spec';
import { applyLayer, wrapInDetails, type HidingLayer, type HidingPlace } from './hiding-shapes';

/**
 * One rendered control, with what the generator knows about it independently of lib/: whether the rules forbid
 * touching it (and why), whether Applyfill may fill it at all, and whether it holds the person's own input.
 */
export interface RenderedControl {
  el: HTMLElement;
  spec: FieldSpec;
  forbidden: string | null;
  /** Text inputs, textareas and selects holding a value, and ticked boxes: the person's own input. */
  holdsUserValue: boolean;
  fillable: boolean;
  /** The hiding layers that reach this element (its section's, its boxes', its own). */
  layers: HidingLayer[];
}

class Renderer {
  private n = 0;
  readonly controls: RenderedControl[] = [];
  constructor(private readonly doc: Document) {}

  private uid(prefix: string): string {
    return `${prefix}-${++this.n}`;
  }

  private make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
    const el = this.doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** Put `el` into `wrapper` with its label text attached the way the spec's label mode says. */
  private labelled(wrapper: HTMLElement, el: HTMLElement, spec: FieldSpec): void {
    switch (spec.labelMode) {
      case 'for': {
        const id = el.id || this.uid('ctl');
        el.id = id;
        wrapper.append(this.make('label', { for: id }, spec.label), el);
        return;
      }
      case 'wrap': {
        const label = this.make('label', {}, `${spec.label} `);
        label.append(el);
        wrapper.append(label);
        return;
      }
      case 'wrap-nested': {
        const label = this.make('label');
        const box = this.make('div');
        box.append(el);
        label.append(this.make('span', {}, spec.label), box);
        wrapper.append(label);
        return;
      }
      case 'aria-labelledby': {
        const id = this.uid('lbl');
        el.setAttribute('aria-labelledby', id);
        wrapper.append(this.make('span', { id }, spec.label), el);
        return;
      }
      case 'aria-label':
        if (!el.hasAttribute('aria-label')) el.setAttribute('aria-label', spec.label);
        wrapper.append(el);
        return;
      case 'placeholder':
        el.setAttribute('placeholder', spec.label);
        wrapper.append(el);
        return;
      case 'text-before':
        wrapper.append(this.make('div', { class: 'application-label' }, spec.label), el);
        return;
      case 'none':
        wrapper.append(el);
    }
  }

  /** Layers of the section being rendered. */
  private sectionLayers: HidingLayer[] = [];

  private push(el: HTMLElement, spec: FieldSpec, fieldsetDisabled: boolean, holdsUserValue: boolean, firstOption = true): void {
    // A file input hides behind its button on every ATS, so layers on the input itself are not drawn on it.
    const own = (l: HidingLayer) => (l.on === 'self' || (l.on === 'first-option' && firstOption)) && spec.control.type !== 'file';
    const layers = [...this.sectionLayers, ...spec.hiding.filter((l) => own(l) || isDetails(l) || l.on === 'wrapper' || l.on === 'outer')];
    // Each option of a group sits in its label; a lone checkbox has one when its label mode makes a <label>.
    const type = spec.control.type;
    const drawnByLabel = type === 'radio' || type === 'checkboxes' || (type === 'checkbox' && ['for', 'wrap', 'wrap-nested'].includes(spec.labelMode));
    const forbidden = forbiddenBy(spec, spec.control, fieldsetDisabled, layers, drawnByLabel);
    const fillable = spec.control.type !== 'press' && spec.control.type !== 'hidden-input';
    this.controls.push({ el, spec, forbidden, holdsUserValue, fillable, layers });
  }

  /** Put the field's own layers (`self`, and `first-option` on the first) on what a person sees of the control. */
  private own(seen: HTMLElement, spec: FieldSpec, firstOption: boolean): void {
    if (spec.control.type === 'file') return;
    // aria-hidden="false" on the control would undo the decoy's own aria-hidden: the trap keeps it.
    const keep = (l: HidingLayer) => !(l.shape === 'aria-hidden-false' && spec.trap === 'aria-hidden-untabbable');
    for (const l of spec.hiding) if (!isDetails(l) && keep(l) && (l.on === 'self' || (l.on === 'first-option' && firstOption))) applyLayer(seen, l);
  }

  private single(wrapper: HTMLElement, spec: FieldSpec, fsDisabled: boolean): void {
    const c = spec.control;
    let el: HTMLElement;
    let holds = false;
    if (c.type === 'input') {
      el = this.make('input', c.inputType ? { type: c.inputType } : {});
      if (c.value) el.setAttribute('value', c.value);
      holds = (el as HTMLInputElement).value.trim() !== '';
    } else if (c.type === 'textarea') {
      el = this.make('textarea', {}, c.value);
      holds = c.value.trim() !== '';
    } else if (c.type === 'select') {
      el = this.make('select', c.multiple ? { multiple: '' } : {});
      if (c.placeholder) el.append(this.make('option', { value: '' }, 'Select...'));
      c.options.forEach((o) => el.append(this.make('option', { value: o.value }, o.text)));
      const select = el as HTMLSelectElement;
      // Picked through selectedIndex: happy-dom 21 reports selectedIndex -1 for an `<option selected>` attribute
      // (parsed or built) and for `option.selected = true` in a multi-select, where browsers report its index.
      if (c.selected !== null) select.selectedIndex = c.selected + (c.placeholder ? 1 : 0);
      // A choice a person can read: not the "" placeholder value, and words or digits on it (not blank, not "*").
      const chosen = select.selectedIndex >= 0 ? select.options[select.selectedIndex]! : null;
      holds = chosen !== null && chosen.value !== '' && /[\p{L}\p{N}]/u.test(chosen.text);
    } else if (c.type === 'checkbox') {
      el = this.make('input', { type: 'checkbox', ...(c.value !== null ? { value: c.value } : {}), ...(c.checked ? { checked: '' } : {}) });
      holds = c.checked;
    } else if (c.type === 'file') {
      el = this.make('input', { type: 'file', accept: '.pdf,.doc,.docx' });
    } else if (c.type === 'combobox') {
      el = this.make('input', { role: 'combobox', type: 'text', 'aria-autocomplete': 'list' });
      holds = c.typed.trim() !== '' || c.committed !== null;
    } else if (c.type === 'buttons') {
      el = this.make('input', { type: 'checkbox' });
    } else if (c.type === 'press') {
      const [tag, type] = c.control.split('-') as ['input' | 'button', string];
      el = tag === 'input' ? this.make('input', { type, ...(c.value ? { value: c.value } : {}) }) : this.make('button', type === 'none' ? {} : { type }, c.value || 'Go');
    } else if (c.type === 'hidden-input') {
      el = this.make('input', { type: 'hidden', value: c.value });
    } else {
      throw new Error(`not a single control: ${c.type}`);
    }
    if (spec.id) el.id = spec.id;
    decorateControl(el, spec, spec.name);
    if (c.type === 'combobox') {
      // react-select's shape: container > control > value container > input, the menu opened beside the control.
      const widget = renderCombobox(this.doc, el as HTMLInputElement, c, (p) => this.uid(p));
      this.labelled(widget.valueBox, el, spec);
      this.own(widget.control, spec, true);
      wrapper.append(widget.container);
    } else if (c.type === 'buttons') {
      const { row, buttons } = renderAnswerRow(this.doc, el as HTMLInputElement, c);
      // Ashby puts the question before the row, never a <label> around its buttons.
      this.labelled(wrapper, row, { ...spec, labelMode: spec.labelMode.startsWith('wrap') ? 'text-before' : spec.labelMode });
      buttons.forEach((b, i) => {
        if (spec.lock === 'disabled') b.disabled = true;
        this.own(b, spec, i === 0);
        this.push(b, spec, fsDisabled, c.pressed === i, i === 0);
      });
      return;
    } else {
      this.labelled(wrapper, el, spec);
      this.own(el, spec, true);
    }
    this.push(el, spec, fsDisabled, holds);
  }

  private group(wrapper: HTMLElement, spec: FieldSpec, fsDisabled: boolean): void {
    const c = spec.control as Extract<ControlSpec, { type: 'radio' | 'checkboxes' }>;
    const type = c.type === 'radio' ? 'radio' : 'checkbox';
    const box = spec.labelMode === 'for' ? this.make('fieldset') : this.make('div');
    if (spec.labelMode === 'for') box.append(this.make('legend', {}, spec.label));
    else if (spec.labelMode !== 'none') box.append(this.make('div', { class: 'application-label' }, spec.label));
    const name = spec.name || this.uid('group');
    c.options.forEach((o, i) => {
      const checked = c.type === 'radio' ? c.checked === i : c.checked[i] === true;
      const el = this.make('input', { type, value: o.value, ...(checked ? { checked: '' } : {}) });
      if (spec.id && i === 0) el.id = spec.id;
      decorateControl(el, spec, name);
      this.own(el, spec, i === 0);
      const label = this.make('label', {}, ` ${o.text}`);
      label.prepend(el);
      box.append(label);
      // A person's tick stays theirs; a radio checked by the page counts too (its group already has an answer).
      this.push(el, spec, fsDisabled, checked, i === 0);
    });
    wrapper.append(box);
  }

  field(parent: HTMLElement, spec: FieldSpec, fsDisabled: boolean): void {
    const wrapper = this.make('div', { class: 'field' });
    const outer = this.make('div', { class: 'outer' });
    if (spec.control.type === 'radio' || spec.control.type === 'checkboxes') this.group(wrapper, spec, fsDisabled);
    else this.single(wrapper, spec, fsDisabled);
    outer.append(boxed(this.doc, wrapper, spec.hiding, ['self', 'first-option', 'wrapper']));
    parent.append(boxed(this.doc, outer, spec.hiding, ['outer']));
  }

  section(parent: HTMLElement, s: SectionSpec): void {
    this.sectionLayers = s.hiding;
    const box = this.make('div', { class: 'section' });
    if (s.heading) box.append(this.make('h3', {}, s.heading));
    let holder: HTMLElement = box;
    if (s.fieldset !== 'none') {
      holder = this.make('fieldset', s.fieldset === 'disabled' ? { disabled: '' } : {});
      if (s.legend) holder.append(this.make('legend', {}, s.legend));
      box.append(holder);
    }
    for (const f of s.fields) this.field(holder, f, s.fieldset === 'disabled');
    parent.append(boxed(this.doc, box, s.hiding, ['section']));
    this.sectionLayers = [];
  }
}

/** Layers that go on a box, never on the control: a <details> around it, an overlay over it. */
const isDetails = (l: HidingLayer) => l.shape === 'closed-details' || l.shape === 'open-details' || l.shape === 'covered';

/**
 * `box` with the layers meant for `places` on it; a <details> layer wraps it instead (one meant for the control
 * itself wraps its field box, the nearest place a <details> can go).
 */
function boxed(doc: Document, box: HTMLElement, layers: readonly HidingLayer[], places: readonly HidingPlace[]): HTMLElement {
  let out = box;
  for (const l of layers) {
    if (!places.includes(l.on)) continue;
    if (l.shape === 'covered') applyLayer(box, l);
    else if (isDetails(l)) out = wrapInDetails(doc, out, l.shape === 'open-details');
    else if (l.on === 'wrapper' || l.on === 'outer' || l.on === 'section') applyLayer(box, l);
  }
  return out;
}

/** Build the case's page into `doc.body`: headings, fieldsets, labelled controls, and a submit button at the end. */
export function renderForm(doc: Document, spec: Pick<FormCase, 'inForm' | 'sections'>): RenderedControl[] {
  const r = new Renderer(doc);
  const root = spec.inForm ? doc.createElement('form') : doc.createElement('div');
  root.setAttribute('action', '/submit-here');
  for (const s of spec.sections) r.section(root, s);
  const submit = doc.createElement('button');
  submit.textContent = 'Submit application';
  root.append(submit);
  doc.body.append(root);
  return r.controls;
}
