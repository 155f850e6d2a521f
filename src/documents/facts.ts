/**
 * The context facts of the documents that are not certificates: what each path holds (for the
 * checker's type checks) and how it reads in Swedish (for the condition describer). Kept in one
 * table so a fact cannot be typed without being worded. Pure and browser-safe.
 */

import type { ValueType } from '../fields/kind.js';
import { CARE_PROFESSIONS, CARE_PROFESSION_NAMES } from '../model/types.js';

export interface DocumentFactPath extends ValueType {
  /** The fact's part in words: `vårdkontaktens datum`. */
  name: string;
  /** Participle for "given", agreeing with the noun: `känt`, `angivet`. */
  answered: string;
  /** Codes in words. */
  values?: Record<string, string>;
  /** A yes/no fact as a statement about `name`: `är sjukskriven på kontaktdagen` (true) or not (false). */
  holds?: string;
}

const lower = (names: Record<string, string>) => Object.fromEntries(Object.entries(names).map(([id, name]) => [id, name.toLocaleLowerCase('sv-SE')]));
const professions = { type: 'code', options: [...CARE_PROFESSIONS], values: lower(CARE_PROFESSION_NAMES) } as const;

/** `yrket för den ansvarige för vårdkontakten`. */
function person(who: string): Record<string, DocumentFactPath> {
  return {
    '': { type: 'object', name: `uppgifterna om ${who}`, answered: 'angivna' },
    hsaId: { type: 'text', name: `HSA-id för ${who}`, answered: 'angivet' },
    name: { type: 'text', name: `namnet på ${who}`, answered: 'angivet' },
    profession: { ...professions, name: `yrket för ${who}`, answered: 'angivet' },
  };
}

/** Paths by fact; `''` is the whole fact. */
export const DOCUMENT_FACTS: Record<string, Record<string, DocumentFactPath>> = {
  contact: {
    '': { type: 'object', name: 'vårdkontakten', answered: 'angiven' },
    date: { type: 'date', name: 'vårdkontaktens datum', answered: 'angivet' },
  },
  performer: {
    ...person('den ansvarige för vårdkontakten'),
    rehabCoordinator: { type: 'boolean', name: 'vårdkontakten', holds: 'är en kontakt eller insats av rehabkoordinatorn', answered: 'angivet' },
  },
  sickLeave: {
    '': { type: 'object', name: 'patientens sjukskrivning', answered: 'känd' },
    known: { type: 'boolean', name: 'patientens sjukskrivning på kontaktdagen', holds: 'är känd', answered: 'angivet' },
    ongoing: { type: 'boolean', name: 'patienten', holds: 'är sjukskriven på kontaktdagen', answered: 'angivet' },
  },
  consent: {
    '': { type: 'object', name: 'patientens samtycken', answered: 'kända' },
    known: { type: 'boolean', name: 'patientens samtycken', holds: 'är kända', answered: 'angivet' },
    actors: { type: 'codeList', name: 'aktörerna patienten har giltigt samtycke för på kontaktdagen', answered: 'angivna' },
  },
  obtained: {
    ...person('den som inhämtade samtycket'),
    '': { type: 'object', name: 'samtyckets inhämtande', answered: 'angivet' },
    date: { type: 'date', name: 'dagen samtycket inhämtades', answered: 'angiven' },
  },
  handler: person('ärendehanteraren'),
};
