/**
 * Small pieces of Swedish the condition describer, the operators and the kinds share, so a label,
 * a list or a number of days reads the same wherever it appears.
 */

import type { Predicate } from '../operator.js';

/** Swedish quotation marks, the same character on both sides. */
export function quote(text: string): string {
  return `”${text.trim()}”`;
}

/** `A`, `A eller B`, `A, B eller C`. */
export function joinWords(items: readonly string[], conjunction: 'och' | 'eller'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Decimal comma, as Swedish forms write numbers: 0,5. */
export function numberWords(value: number): string {
  return String(value).replace('.', ',');
}

export function daysWords(days: number): string {
  return `${numberWords(days)} ${Math.abs(days) === 1 ? 'dag' : 'dagar'}`;
}

/** A date moved by `params.days`: "7 dagar före dagens datum", "28 dagar efter patientens födelsedatum". */
export function shiftedWords(base: string, days: number | undefined): string {
  if (!days) return base;
  return `${daysWords(Math.abs(days))} ${days < 0 ? 'före' : 'efter'} ${base}`;
}

/** A count of days when the value is a number ("14 dagar"), else the value in words. */
export function daysOrValue(raw: unknown, words: string): string {
  return typeof raw === 'number' ? daysWords(raw) : words;
}

export function negate(predicate: Predicate): Predicate {
  return { ...predicate, negated: !predicate.negated };
}

/** A subject and its predicate as a subordinate clause: "X inte är ikryssad" (after "när"). */
export function clauseWords(subject: string, predicate: Predicate): string {
  return `${subject} ${predicate.negated ? 'inte ' : ''}${predicate.verb}${predicate.value ? ` ${predicate.value}` : ''}`;
}
