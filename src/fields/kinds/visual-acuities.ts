/**
 * Visual acuity (VisualAcuities), as Transportstyrelsen's certificates ask for it: right eye, left
 * eye and both eyes, each without and with correction (decimal, 0.0–2.0 by default), and for each
 * eye whether the correction is contact lenses. Without correction is needed for all three as soon
 * as any value is given, as in the national form.
 */

import { isPlainObject, messageFor, typeIssue, type FieldKind, type RunContext } from '../kind.js';
import type { FieldModel } from '../../model/types.js';
import { withNoise } from '../arbitrary.js';

export const EYES = ['rightEye', 'leftEye', 'binocular'] as const;
const EYE_LABELS: Record<string, string> = { rightEye: 'Höger öga', leftEye: 'Vänster öga', binocular: 'Binokulärt' };
const VALUE_KEYS = ['withoutCorrection', 'withCorrection'] as const;
const VALUE_LABELS: Record<string, string> = { withoutCorrection: 'Utan korrektion', withCorrection: 'Med korrektion', contactLenses: 'Kontaktlinser' };
/** As a condition names them: "synskärpan för höger öga utan korrektion". */
const EYE_WORDS: Record<string, string> = { rightEye: 'för höger öga', leftEye: 'för vänster öga', binocular: 'binokulärt' };
const keysOf = (eye: string) => (eye === 'binocular' ? [...VALUE_KEYS] : [...VALUE_KEYS, 'contactLenses']);

function limits(field: FieldModel): { min: number; max: number } {
  return { min: (field.props.min as number | undefined) ?? 0, max: (field.props.max as number | undefined) ?? 2 };
}

function checkEye(field: FieldModel, eye: string, value: unknown, path: string, run: RunContext, bounds: { min: number; max: number }): void {
  if (value === undefined) {
    run.errors.push({ field: `${path}.withoutCorrection`, code: 'required', message: messageFor(field, 'required', 'Ange ett svar.') });
    return;
  }
  if (!isPlainObject(value)) return void run.errors.push(typeIssue(path));
  const allowed = keysOf(eye);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) run.errors.push({ field: `${path}.${key}`, code: 'unknown-field', message: 'Okänd uppgift om synskärpan.' });
  }
  for (const key of VALUE_KEYS) {
    const acuity = value[key];
    if (acuity === undefined) {
      if (key === 'withoutCorrection') run.errors.push({ field: `${path}.${key}`, code: 'required', message: messageFor(field, 'required', 'Ange ett svar.') });
    } else if (typeof acuity !== 'number') run.errors.push(typeIssue(`${path}.${key}`));
    else if (acuity < bounds.min || acuity > bounds.max) {
      run.errors.push({ field: `${path}.${key}`, code: 'out-of-range', message: messageFor(field, 'out-of-range', `Ange ett värde mellan ${String(bounds.min).replace('.', ',')} och ${String(bounds.max).replace('.', ',')}.`) });
    }
  }
  if (value.contactLenses !== undefined && typeof value.contactLenses !== 'boolean') run.errors.push(typeIssue(`${path}.contactLenses`));
}

const visualAcuities: FieldKind = {
  kind: 'visualAcuities',
  description: 'Synskärpa (VisualAcuities): höger öga, vänster öga och binokulärt, utan och med korrektion.',
  hasAnswer: true,
  definitionProperties: {
    min: { type: 'number', minimum: 0, description: 'Lägsta värde, standard 0,0.' },
    max: { type: 'number', minimum: 0, description: 'Högsta värde, standard 2,0.' },
  },
  answerSchema(field) {
    const { min, max } = limits(field);
    const acuity = (key: string) => ({ title: VALUE_LABELS[key], type: 'number', minimum: min, maximum: max });
    return {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(EYES.map((eye) => [eye, {
        title: EYE_LABELS[eye],
        type: 'object',
        additionalProperties: false,
        properties: {
          withoutCorrection: acuity('withoutCorrection'),
          withCorrection: acuity('withCorrection'),
          ...(eye === 'binocular' ? {} : { contactLenses: { title: VALUE_LABELS.contactLenses, type: 'boolean' } }),
        },
      }])),
    };
  },
  tsType: () => '{ rightEye?: EyeAcuity; leftEye?: EyeAcuity; binocular?: Omit<EyeAcuity, "contactLenses"> }',
  describe(_field, path) {
    if (path.length === 0) return { type: 'object' };
    if (!(EYES as readonly unknown[]).includes(path[0])) return undefined;
    if (path.length === 1) return { type: 'object' };
    if (path.length === 2 && (VALUE_KEYS as readonly unknown[]).includes(path[1])) return { type: 'number' };
    if (path.length === 2 && path[1] === 'contactLenses' && path[0] !== 'binocular') return { type: 'boolean' };
    return undefined;
  },
  isAnswered: (value) => (isPlainObject(value) ? Object.keys(value).length > 0 : value !== undefined),
  wording(_field, path) {
    const eye = EYE_WORDS[String(path[0])];
    if (!eye) return {};
    if (path[1] === 'contactLenses') {
      return { part: `kontaktlinser ${eye}`, answered: 'ikryssad', equals: (value) => (typeof value === 'boolean' ? { verb: 'är ikryssad', negated: !value } : undefined) };
    }
    const which = VALUE_LABELS[String(path[1])];
    return { part: `synskärpan ${eye}${which ? ` ${which.toLocaleLowerCase('sv-SE')}` : ''}` };
  },
  requiredMessage: 'Ange ett svar.',
  createValidator(field) {
    const bounds = limits(field);
    return (value, path, run) => {
      if (!isPlainObject(value)) return void run.errors.push(typeIssue(path));
      for (const key of Object.keys(value)) {
        if (!(EYES as readonly string[]).includes(key)) run.errors.push({ field: `${path}.${key}`, code: 'unknown-field', message: 'Okänd uppgift om synskärpan.' });
      }
      for (const eye of EYES) checkEye(field, eye, value[eye], `${path}.${eye}`, run, bounds);
    };
  },
  printable: (_field, value) =>
    EYES.filter((eye) => isPlainObject((value as Record<string, unknown>)[eye]))
      .map((eye) => {
        const acuity = (value as Record<string, Record<string, unknown>>)[eye];
        const number = (n: unknown) => (typeof n === 'number' ? n.toFixed(1).replace('.', ',') : '–');
        const lenses = acuity.contactLenses === true ? ' (kontaktlinser)' : '';
        return `${EYE_LABELS[eye]}: utan korrektion ${number(acuity.withoutCorrection)}, med korrektion ${number(acuity.withCorrection)}${lenses}`;
      })
      .join('\n'),
  arbitrary: (_field, fc) => {
    const eye = fc.record({ withoutCorrection: fc.constantFrom(0, 0.5, 1, 1.5, 2, 2.5), withCorrection: fc.constantFrom(0.8, 1, 3), contactLenses: fc.boolean() }, { requiredKeys: [] });
    return withNoise(fc, fc.record({ rightEye: eye, leftEye: eye, binocular: eye }, { requiredKeys: [] }));
  },
};

export default visualAcuities;
