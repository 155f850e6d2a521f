/**
 * Building blocks several field kinds share: text length, dates with limits, option lists.
 * Kept here so every kind reports the same codes and national messages for the same problem.
 */

import type { FieldModel, OptionModel } from '../model/types.js';
import { dateLimitAnchor, isIsoDate, resolveDateLimit } from '../util/dates.js';
import { forbiddenCharacter, forbiddenCharacterMessage, TEXT_PATTERN } from '../util/text.js';
import { isPlainObject, messageFor, type Issue, type JsonSchema, type RunContext } from './kind.js';
import { quote } from '../rules/describe/words.js';

/**
 * A plain `format: date`, so form generators offer a date picker. An empty string is no date
 * either: the runtime reports it as `invalid-date` ("Ange ett datum."), as the schema rejects it.
 */
export const DATE_SCHEMA: JsonSchema = { type: 'string', format: 'date' };

/**
 * Characters as JSON Schema's maxLength counts them (code points). A string has at least as many
 * UTF-16 units as code points, so short strings never need the slow count.
 */
export function exceedsLength(text: string, max: number): boolean {
  if (text.length <= max) return false;
  if (!SURROGATE.test(text)) return true;
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
    if (count > max) return true;
  }
  return false;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A free-text string: no characters the transport cannot carry (util/text.ts), and its length. */
export function textSchema(maxLength: number | undefined): JsonSchema {
  return maxLength === undefined ? { type: 'string', pattern: TEXT_PATTERN } : { type: 'string', maxLength, pattern: TEXT_PATTERN };
}

/** A list longer than its kind allows; its items are not looked at one by one. */
export function tooManyItems(path: string, message: string): Issue {
  return { field: path, code: 'too-many-items', message };
}

/** Reports a forbidden character in a string; returns whether the text is clean. */
export function checkCharacters(text: string, path: string, run: RunContext): boolean {
  const found = forbiddenCharacter(text);
  if (!found) return true;
  run.errors.push({ field: path, code: 'invalid-character', message: forbiddenCharacterMessage(found) });
  return false;
}

export function checkText(field: FieldModel, value: unknown, path: string, run: RunContext, maxLength?: number): boolean {
  if (typeof value !== 'string') {
    run.errors.push({ field: path, code: 'invalid-type', message: 'Svaret har fel format.' });
    return false;
  }
  if (!checkCharacters(value, path, run)) return false;
  if (maxLength !== undefined && exceedsLength(value, maxLength)) {
    run.errors.push(maxLengthIssue(field, path, maxLength));
    return false;
  }
  return true;
}

/** The national wording, without a unit: "Ange en text som inte är längre än 4000." */
export function maxLengthIssue(field: FieldModel, path: string, maxLength: number): Issue {
  return { field: path, code: 'max-length', message: messageFor(field, 'max-length', `Ange en text som inte är längre än ${maxLength}.`) };
}

export interface DateLimits {
  min?: string;
  max?: string;
}

/**
 * Where a definition (like the national model) sets no limit, a date is still plausible only
 * within a person's lifetime and a certificate's reach: not before the oldest living patient was
 * born, not further ahead than any period a certificate covers. `0000-01-01` as an examination
 * date or a sick leave until 9999 is a typing mistake, not an answer.
 */
export const PLAUSIBLE_DATES: Required<DateLimits> = { min: 'today-120y', max: 'today+5y' };

/**
 * Resolves relative limits once per validation date, birth date and signing date rather than
 * once per value. A limit whose anchor this certificate lacks (no birth date) is no limit.
 */
export function createLimitResolver(limits: DateLimits): (run: Pick<RunContext, 'today' | 'birthDate' | 'signingDate'>) => { min: string | null; max: string | null } {
  let lastKey = '';
  let resolved = { min: null as string | null, max: null as string | null };
  return (run) => {
    const key = `${run.today}|${run.birthDate ?? ''}|${run.signingDate ?? ''}`;
    if (key !== lastKey) {
      resolved = {
        min: resolveDateLimit(limits.min ?? PLAUSIBLE_DATES.min, run) ?? null,
        max: resolveDateLimit(limits.max ?? PLAUSIBLE_DATES.max, run) ?? null,
      };
      lastKey = key;
    }
    return resolved;
  };
}

/** Checks a present date value; returns whether it is a usable date for further checks. */
export function checkDate(
  field: FieldModel,
  value: unknown,
  path: string,
  run: RunContext,
  limits: { min: string | null; max: string | null },
): boolean {
  if (typeof value !== 'string') {
    run.errors.push({ field: path, code: 'invalid-type', message: 'Svaret har fel format.' });
    return false;
  }
  if (!isIsoDate(value)) {
    const fallback = value === '' ? 'Ange ett datum.' : 'Ange datum i formatet ÅÅÅÅ-MM-DD.';
    run.errors.push({ field: path, code: 'invalid-date', message: messageFor(field, 'invalid-date', fallback) });
    return false;
  }
  if (limits.max !== null && value > limits.max) {
    run.errors.push({ field: path, code: 'date-max', message: messageFor(field, 'date-max', `Ange ett datum som är senast ${limits.max}.`) });
  } else if (limits.min !== null && value < limits.min) {
    run.errors.push({ field: path, code: 'date-min', message: messageFor(field, 'date-min', `Ange ett datum som är tidigast ${limits.min}.`) });
  }
  return true;
}

export function dateRequired(field: FieldModel, path: string, run: RunContext): void {
  run.errors.push({ field: path, code: 'required', message: messageFor(field, 'required', 'Ange ett datum.') });
}

export function optionsOf(field: FieldModel): OptionModel[] {
  return (field.props.options as OptionModel[] | undefined) ?? [];
}

export function optionIds(field: FieldModel): string[] {
  return optionsOf(field).map((option) => option.id);
}

export function optionLabel(field: FieldModel, id: string): string {
  return optionsOf(field).find((option) => option.id === id)?.label ?? id;
}

/** The options as JSON Schema `oneOf` consts with their labels as titles, which form generators show. */
export function optionsOneOf(field: FieldModel): JsonSchema[] {
  return optionsOf(field).map((option) => ({ const: option.id, title: option.label }));
}

/** An option id in words: its quoted label. */
export function optionWords(field: FieldModel): (value: unknown) => string | undefined {
  return (value) => {
    const option = optionsOf(field).find((candidate) => candidate.id === value);
    return option && quote(option.label);
  };
}

/** JSDoc paragraph listing the options' ids with their labels. */
export function optionsDoc(field: FieldModel): string[] {
  const options = optionsOf(field);
  return options.length === 0 ? [] : [`Alternativ:\n${options.map((option) => `- \`${JSON.stringify(option.id)}\`: ${option.label}`).join('\n')}`];
}

export function unknownOption(field: FieldModel, path: string, run: RunContext): void {
  run.errors.push({ field: path, code: 'unknown-option', message: messageFor(field, 'unknown-option', 'Välj ett alternativ.') });
}

/** `min`/`max` keys of date kinds, shared by the definition schema. */
export const DATE_LIMIT_PROPERTIES: Record<string, JsonSchema> = {
  min: { type: 'string', description: 'Tidigaste datum: today, today-N (dagar), today-Nm (månader), today-Ny (år), birthDate (patientens födelsedatum), signingDate (signeringsdatum), med eller utan ±N, eller ett datum (ÅÅÅÅ-MM-DD).' },
  max: { type: 'string', description: 'Senaste datum: today, today+N (dagar), today+Nm (månader), today+Ny (år), birthDate, signingDate, med eller utan ±N, eller ett datum (ÅÅÅÅ-MM-DD).' },
};

export const OPTIONS_PROPERTY: JsonSchema = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'label'],
    properties: {
      id: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', description: 'Kod, t.ex. ANNAT.' },
      label: { type: 'string', description: 'Texten vid alternativet.' },
      percent: { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'Nedsättningsgrad i procent, t.ex. 12.5.' },
    },
  },
};

/**
 * Kinds whose answer maps each chosen option id to a value (a date per ticked box, a period per
 * degree) share the keys, schema, type and the first step of `describe`.
 */
export const optionMap = {
  properties: { options: OPTIONS_PROPERTY, ...DATE_LIMIT_PROPERTIES },
  /** A property per option, titled with its label, so a form shows the labels rather than the ids. */
  schema: (field: FieldModel, valueSchema: JsonSchema): JsonSchema => ({
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(optionsOf(field).map((option) => [option.id, { title: option.label, ...valueSchema }])),
  }),
  tsType: (field: FieldModel, valueType: string): string =>
    `{ ${optionIds(field).map((id) => `${quoteKey(id)}?: ${valueType}`).join('; ')} }`,
  /** The option a path starts with, or null when the path names none of the field's options. */
  option: (field: FieldModel, path: readonly (string | number)[]): string | null =>
    optionIds(field).includes(String(path[0])) ? String(path[0]) : null,
  isAnswered: (value: unknown): boolean => (isPlainObject(value) ? Object.keys(value).length > 0 : value !== undefined),
  requiredMessage: 'Välj minst ett alternativ.',
  /**
   * Checks the answer is an object keyed by known options and hands each known entry to `visit`;
   * returns false when the answer is not an object at all.
   */
  entries(field: FieldModel, ids: ReadonlySet<string>, value: unknown, path: string, run: RunContext, visit: (id: string, item: unknown, itemPath: string) => void): boolean {
    if (!isPlainObject(value)) {
      run.errors.push({ field: path, code: 'invalid-type', message: 'Svaret har fel format.' });
      return false;
    }
    for (const id of Object.keys(value)) {
      if (ids.has(id)) visit(id, value[id], `${path}.${id}`);
      else unknownOption(field, `${path}.${id}`, run);
    }
    return true;
  },
};

export function quoteKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

/** The options' ids as a union of string literals. */
export function optionUnion(field: FieldModel): string {
  const ids = optionIds(field);
  return ids.length === 0 ? 'string' : ids.map((id) => JSON.stringify(id)).join(' | ');
}

export function dateLimitProblems(field: FieldModel): { code: string; message: string; at: (string | number)[] }[] {
  const problems: { code: string; message: string; at: (string | number)[] }[] = [];
  const { min, max } = field.props as { min?: unknown; max?: unknown };
  // Limits relative to the same anchor move together, so comparing them on any one day decides it
  // for every day; a birth-date limit against a today limit depends on the patient.
  const [earliest, latest] = [min, max].map((limit) => (typeof limit === 'string' ? resolveDateLimit(limit, '2000-01-01') : null));
  const sameAnchor = typeof min === 'string' && typeof max === 'string' && (dateLimitAnchor(min) === dateLimitAnchor(max) || !dateLimitAnchor(min) || !dateLimitAnchor(max));
  if (earliest && latest && earliest > latest && sameAnchor) {
    problems.push({ code: 'definition/bad-limits', message: `min (${String(min)}) ligger efter max (${String(max)}), så inget datum kan godtas. Byt plats på dem eller rätta värdena.`, at: ['min'] });
  }
  for (const key of ['min', 'max'] as const) {
    const limit = field.props[key];
    if (limit !== undefined && (typeof limit !== 'string' || resolveDateLimit(limit, '2000-01-01') === null)) {
      problems.push({
        code: 'definition/bad-date-limit',
        message: `"${String(limit)}" är ingen datumgräns. Skriv today, today-7, today+30, today+6m, today+1y, birthDate, signingDate eller ett datum som 2026-01-31.`,
        at: [key],
      });
    }
  }
  return problems;
}
