/**
 * Facts and values in words: a field by its label (and the part a path names, in the kind's own
 * words), a context fact by its Swedish name, a literal by the kind's label for it.
 */

import type { AnswerWording } from '../../fields/kind.js';
import { findKind } from '../../fields/registry.js';
import { PROFESSION_NAMES, type CertificateModel, type FactReference, type FieldModel } from '../../model/types.js';
import { isIsoDate } from '../../util/dates.js';
import { parsePath } from '../../util/path.js';
import { isFactReference } from '../condition.js';
import { joinWords, numberWords, quote, shiftedWords } from './words.js';
import { DOCUMENT_FACTS } from '../../documents/facts.js';

export interface FactWords {
  /** The field's quoted label, or a context fact's name: `patientens födelsedatum`. */
  whole: string;
  part?: string;
  /** `params.days` on the fact itself. */
  shift?: number;
  wording: Required<Pick<AnswerWording, 'answered' | 'chosen' | 'is'>> & Pick<AnswerWording, 'value' | 'equals'>;
}

interface ContextEntry {
  name: string;
  answered: string;
  values?: Record<string, string>;
  /** A yes/no fact said as a statement: `patienten är sjukskriven på kontaktdagen`. */
  holds?: string;
}

const lowerNames = (names: Record<string, string>) =>
  Object.fromEntries(Object.entries(names).map(([id, name]) => [id, name.toLocaleLowerCase('sv-SE')]));

/** Participles agree with the noun: födelsedatum är känt, postadressen är angiven. */
const CONTEXT: Record<string, Record<string, ContextEntry>> = {
  today: { '': { name: 'dagens datum', answered: 'känt' } },
  patient: {
    '': { name: 'patientens uppgifter', answered: 'angivna' },
    personId: { name: 'patientens person- eller samordningsnummer', answered: 'angivet' },
    birthDate: { name: 'patientens födelsedatum', answered: 'känt' },
    idType: { name: 'patientens typ av id-nummer', answered: 'känd', values: { personnummer: 'personnummer', samordningsnummer: 'samordningsnummer' } },
  },
  issuer: {
    '': { name: 'intygsutfärdarens uppgifter', answered: 'angivna' },
    hsaId: { name: 'intygsutfärdarens HSA-id', answered: 'angivet' },
    name: { name: 'intygsutfärdarens namn', answered: 'angivet' },
    profession: { name: 'intygsutfärdarens yrke', answered: 'angivet', values: lowerNames(PROFESSION_NAMES) },
  },
  unit: {
    '': { name: 'vårdenhetens uppgifter', answered: 'angivna' },
    hsaId: { name: 'vårdenhetens HSA-id', answered: 'angivet' },
    name: { name: 'vårdenhetens namn', answered: 'angivet' },
    address: { name: 'vårdenhetens postadress', answered: 'angiven' },
    postalCode: { name: 'vårdenhetens postnummer', answered: 'angivet' },
    city: { name: 'vårdenhetens postort', answered: 'angiven' },
    phone: { name: 'vårdenhetens telefonnummer', answered: 'angivet' },
  },
};

for (const [fact, paths] of Object.entries(DOCUMENT_FACTS)) {
  CONTEXT[fact] = Object.fromEntries(Object.entries(paths).map(([key, { name, answered, values, holds }]) => [key, { name, answered, ...(values ? { values } : {}), ...(holds ? { holds } : {}) }]));
}

const DEFAULT_WORDING = { answered: 'ifylld', chosen: 'vald', is: 'är' };

const LONG_LABEL = 100;
const SHORT_LABEL = 80;

/** A long question cut at a word, so a clause stays readable: "Patienten uppfyller kraven enligt …". */
function shorten(label: string): string {
  if (label.length <= LONG_LABEL) return label;
  const cut = label.slice(0, SHORT_LABEL + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,.:;]+$/, '')} …`;
}

/**
 * How conditions name the fields of a model: by label; a field alone in its section by the
 * section's title unless its label is a question (a checkbox labelled with what it states reads
 * better by its heading: ”Smittbärarpenning”), a very long label shortened; a label another field
 * or column shares, with the section it is in. Computed once per model.
 */
const NAMES = new WeakMap<CertificateModel, Map<string, string>>();

function fieldNames(model: CertificateModel): Map<string, string> {
  const cached = NAMES.get(model);
  if (cached) return cached;
  const hasAnswer = (field: FieldModel | undefined) => Boolean(field && findKind(field.kind)?.hasAnswer);
  const labels = model.fields.flatMap((field) => [field.label, ...((field.props.columns as Array<{ label?: unknown }> | undefined) ?? []).map((column) => column.label)]);
  const names = new Map<string, string>();
  for (const field of model.fields) {
    const section = model.sections.find((candidate) => candidate.id === field.sectionId);
    const alone = section !== undefined && section.fieldIds.filter((id) => hasAnswer(model.fields.find((candidate) => candidate.id === id))).length === 1;
    const label = field.label.trim();
    const name = alone && (label.length > LONG_LABEL || !label.endsWith('?')) ? section.title : shorten(label);
    const shared = labels.filter((other) => other === field.label).length > 1;
    names.set(field.id, shared && section && section.title !== name ? `${quote(name)} under ${quote(section.title)}` : quote(name));
  }
  NAMES.set(model, names);
  return names;
}

export function factWords(model: CertificateModel, fact: string, path?: string, shift?: number): FactWords {
  const segments = path ? parsePath(path) ?? [] : [];
  const context = CONTEXT[fact];
  if (context) {
    const entry = context[segments.length === 1 ? String(segments[0]) : ''] ?? context[''];
    const { values, holds } = entry;
    const equals = holds ? (value: unknown) => (typeof value === 'boolean' ? { verb: holds, negated: !value } : undefined) : undefined;
    return { whole: entry.name, shift, wording: { ...DEFAULT_WORDING, answered: entry.answered, value: values && ((value) => (typeof value === 'string' ? values[value] : undefined)), ...(equals ? { equals } : {}) } };
  }
  const field = model.fields.find((candidate) => candidate.id === fact);
  // A checked model references only known fields; anything else is at least named, not dropped.
  if (!field) return { whole: quote(fact), shift, wording: DEFAULT_WORDING };
  const { part, ...wording } = findKind(field.kind)?.wording?.(field, segments) ?? {};
  return { whole: fieldNames(model).get(field.id) ?? quote(field.label), part, shift, wording: { ...DEFAULT_WORDING, ...wording } };
}

/** The subject as it reads in a clause: `”annat” i ”Intyget är baserat på”`. */
export function subjectWords(words: Pick<FactWords, 'whole' | 'part' | 'shift'>): string {
  const base = words.part ? `${words.part} i ${words.whole}` : words.whole;
  return words.shift ? `dagen ${shiftedWords(base, words.shift)}` : base;
}

function literalWords(value: unknown, fact: FactWords): string {
  const own = fact.wording.value?.(value);
  if (own !== undefined) return own;
  if (typeof value === 'number') return numberWords(value);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'string') return isIsoDate(value) ? value : quote(value);
  return 'inget värde';
}

function referenceWords(model: CertificateModel, reference: FactReference): string {
  const words = factWords(model, reference.fact, reference.path);
  return shiftedWords(subjectWords(words), reference.params?.days);
}

/** The right-hand side of a condition: one text, and a list's items one by one. */
export function valueWords(model: CertificateModel, value: unknown, fact: FactWords): { text: string; items: string[] } {
  if (isFactReference(value)) {
    const text = referenceWords(model, value);
    return { text, items: [text] };
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => literalWords(item, fact));
    return { text: joinWords(items, 'eller'), items };
  }
  const text = literalWords(value, fact);
  return { text, items: [text] };
}
