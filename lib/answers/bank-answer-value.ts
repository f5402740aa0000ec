import type { FieldDescriptor } from '../fields/field-descriptor';
import { displayLabel, isChoiceKind } from '../fields/field-descriptor';
import { answerFromBank, prepareBank, type BankAnswer, type PreparedBank } from './answer-from-bank';
import type { BankEntry } from './answer-source';

// A form asks up to ~40 questions of one bank: analyse the bank once per bank, not once per question. The bank
// array is replaced (never mutated) when it changes, so its identity is the cache key.
const prepared = new WeakMap<readonly BankEntry[], PreparedBank>();

function preparedBank(bank: readonly BankEntry[]): PreparedBank {
  let hit = prepared.get(bank);
  if (!hit) prepared.set(bank, (hit = prepareBank(bank)));
  return hit;
}

/** The bank's answer to a collected custom question, with the page's company and the field's options. */
export function bankAnswerFor(bank: readonly BankEntry[], field: FieldDescriptor, company: string, now = new Date()): BankAnswer {
  const options = isChoiceKind(field.kind) ? field.options : [];
  return answerFromBank(preparedBank(bank), { question: displayLabel(field), options, ...(company ? { company } : {}) }, now);
}
