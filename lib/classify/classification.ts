import type { Role } from '../roles/roles';

/** Which signal decided, in the fixed order they are tried. */
export type Signal = 'forbidden' | 'ats-hint' | 'autocomplete' | 'input-type' | 'identifier' | 'label' | 'prose' | 'none';

export interface Classification {
  role: Role;
  confidence: number;
  signal: Signal;
  /** A sentence a person can read: what was looked at and what it matched. */
  reason: string;
}

export type ClassificationMap = Record<string, Classification>;
