import type { AtsAdapter } from '../ats/ats-adapter';
import { displayLabel, type FieldDescriptor, type LabelSource } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';
import { roleFromAutocomplete } from './autocomplete-roles';
import type { Classification, ClassificationMap } from './classification';
import { LABEL_PATTERNS, type LabelPattern } from './label-patterns';
import { fieldAskedFor, isConditionalFollowUp, isOnlyFieldName, isQuestionProse } from './question-prose';
import { kindAllows } from './role-kinds';
import { secretAsked } from './secret-fields';
import { someoneElseAsked } from './someone-else';
import { entryRole } from './entry-role';

const HUMAN_SOURCES: readonly LabelSource[] = ['label', 'aria', 'question', 'placeholder'];
const IDENTIFIER_SOURCES: readonly LabelSource[] = ['name', 'id'];

function matches(pattern: LabelPattern, text: string): boolean {
  return pattern.pattern.test(text) && !(pattern.negative?.test(text) ?? false);
}

// A label or identifier about the name, not the name itself ("Name pronunciation", "fullname_phonetic"): never a
// name role, even when the words that say so sit in brackets, which are otherwise read as an aside.
const ABOUT_THE_NAME = /pronunc|pronounc|phonetic/i;
const NAME_ROLES: ReadonlySet<Role> = new Set(['full_name', 'first_name', 'last_name', 'preferred_name']);

function fromLabels(field: FieldDescriptor): Classification | null {
  let proseHit: { text: string; role: Role } | null = null;
  for (const source of HUMAN_SOURCES) {
    const full = field.labels.find((l) => l.source === source)?.text;
    if (!full) continue;
    // An aside in brackets comments on the question ("(We can sponsor visas.)"); the question is what is outside.
    const text = full.replace(/\s*\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim() || full;
    if (isConditionalFollowUp(text)) {
      return { role: 'custom_question', signal: 'follow-up', reason: `"${text}" follows up on another answer: yours to write` };
    }
    const prose = isQuestionProse(text);
    const asked = fieldAskedFor(text);
    const aboutTheName = ABOUT_THE_NAME.test(full);
    for (const pattern of LABEL_PATTERNS) {
      if (!kindAllows(pattern.role, field.kind) || (aboutTheName && NAME_ROLES.has(pattern.role))) continue;
      if (pattern.form === 'noun' && asked !== undefined) {
        // "What is your X?": X must be the field's name and nothing else ("your favourite GitHub project" is not).
        if (matches(pattern, asked) && isOnlyFieldName(asked, pattern.pattern)) {
          return { role: pattern.role, signal: 'label-question', reason: `${source} "${full}" asks for your ${pattern.role.replace(/_/g, ' ')}` };
        }
        if (matches(pattern, text)) proseHit ??= { text: full, role: pattern.role };
        continue;
      }
      if (!matches(pattern, text)) continue;
      if (pattern.form === 'noun' && prose) {
        proseHit ??= { text: full, role: pattern.role };
        continue;
      }
      return {
        role: pattern.role,
        signal: 'label',
        reason: `${source} "${full}" matched ${pattern.role}`,
      };
    }
  }
  if (proseHit) {
    return {
      role: 'custom_question',
      signal: 'prose-question',
      reason: `"${proseHit.text}" is a question to answer in your own words, not your ${proseHit.role.replace(/_/g, ' ')}`,
    };
  }
  return null;
}

function fromIdentifiers(field: FieldDescriptor): Classification | null {
  for (const source of IDENTIFIER_SOURCES) {
    const text = field.labels.find((l) => l.source === source)?.text;
    if (!text) continue;
    const aboutTheName = ABOUT_THE_NAME.test(text);
    const pattern = LABEL_PATTERNS.find((p) => p.strict && kindAllows(p.role, field.kind) && !(aboutTheName && NAME_ROLES.has(p.role)) && matches(p, text));
    if (pattern) return { role: pattern.role, signal: 'identifier', reason: `${source} "${text}" matched ${pattern.role}` };
  }
  return null;
}

/**
 * One field's role, from signals tried in a fixed order: forbidden → the site's own hints → autocomplete → input
 * type → identifiers (strict patterns only) → what a person reads (all patterns). The first signal that decides wins, and says why.
 */
export function classifyField(field: FieldDescriptor, adapter: AtsAdapter | null): Classification {
  if (field.forbidden) {
    return { role: 'unknown', signal: 'forbidden', reason: `${field.forbidden} control: never filled` };
  }
  if (field.kind === 'add-entry') return entryRole(field);
  const secret = secretAsked(field.type, field.labels.filter((l) => HUMAN_SOURCES.includes(l.source) || IDENTIFIER_SOURCES.includes(l.source)).map((l) => l.text));
  if (secret) return { role: 'unknown', signal: 'secret', reason: `asks for ${secret}: never filled` };
  const hint = adapter?.hint(field);
  if (hint && kindAllows(hint.role, field.kind)) return { role: hint.role, signal: 'ats-hint', reason: hint.reason };
  const auto = roleFromAutocomplete(field.autocomplete);
  if (auto && kindAllows(auto, field.kind)) {
    return { role: auto, signal: 'autocomplete', reason: `autocomplete="${field.autocomplete}"` };
  }
  if (field.type === 'email') return { role: 'email', signal: 'input-type', reason: 'input type="email"' };
  if (field.type === 'tel') return { role: 'phone', signal: 'input-type', reason: 'input type="tel"' };
  const byIdentifier = fromIdentifiers(field);
  if (byIdentifier) return byIdentifier;
  const byLabel = fromLabels(field);
  if (byLabel) return byLabel;
  const label = displayLabel(field);
  if (field.labels.some((l) => HUMAN_SOURCES.includes(l.source))) {
    return { role: 'custom_question', signal: 'no-match', reason: `no profile field matches "${label}"` };
  }
  return { role: 'unknown', signal: 'no-label', reason: `no label to read for "${label}"` };
}

const byLabel = (c: Classification) => c.signal === 'label' || c.signal === 'label-question';

/** A post-pass over neighbours: a "Name" box right before another "Name"-ish box is a first/last pair. */
function fixNamePairs(fields: readonly FieldDescriptor[], out: ClassificationMap): void {
  for (let i = 0; i + 1 < fields.length; i++) {
    const a = out[fields[i]!.id]!;
    const b = out[fields[i + 1]!.id]!;
    if (a.role === 'full_name' && b.role === 'full_name' && byLabel(a) && byLabel(b)) {
      out[fields[i]!.id] = { ...a, role: 'first_name', signal: 'name-pair', reason: `${a.reason}; first of two name boxes, so first name` };
      out[fields[i + 1]!.id] = { ...b, role: 'last_name', signal: 'name-pair', reason: `${b.reason}; second of two name boxes, so last name` };
    }
  }
}

const FIRST_NAME_WORDS = /first[\s_-]?name|given[\s_-]?name|fore[\s_-]?name/i;

/**
 * A site's single name field (Ashby's `_systemfield_name`) relabelled "What's your first name?" beside a question
 * for the last name asks for the first name only; without a last-name question it keeps the whole name.
 */
function fixRelabelledFullName(fields: readonly FieldDescriptor[], out: ClassificationMap): void {
  if (!fields.some((f) => out[f.id]!.role === 'last_name')) return;
  for (const field of fields) {
    const c = out[field.id]!;
    const label = displayLabel(field);
    if (c.role !== 'full_name' || !FIRST_NAME_WORDS.test(label) || /last|family|sur/i.test(label)) continue;
    out[field.id] = { ...c, role: 'first_name', signal: 'relabelled-name', reason: `${c.reason}; labelled "${label}" beside a last-name question, so first name` };
  }
}

export function classifyFields(fields: readonly FieldDescriptor[], adapter: AtsAdapter | null): ClassificationMap {
  const out: ClassificationMap = {};
  for (const field of fields) out[field.id] = classifyField(field, adapter);
  fixNamePairs(fields, out);
  fixRelabelledFullName(fields, out);
  for (const field of fields) {
    const c = out[field.id]!;
    const who = someoneElseAsked(field, c.role);
    if (who) out[field.id] = { ...c, role: 'someone_else', signal: 'someone-else', reason: `asks about someone else (${who}): ${c.reason}` };
  }
  return out;
}
