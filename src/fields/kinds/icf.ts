/**
 * ICF-coded free text (Icf): a description plus the ICF codes the doctor picked from the
 * classification dialog (b = body functions, d = activities and participation, e = environment,
 * s = structures), as FK7804's questions 35 and 17 and FK7809 ask for them.
 */

import { isPlainObject, messageFor, typeIssue, type FieldKind } from '../kind.js';
import { hasAnswer } from '../../rules/operators/is-answered.js';
import { checkCharacters, exceedsLength, maxLengthIssue, textSchema, tooManyItems } from '../shared.js';
import { withNoise } from '../arbitrary.js';

export const ICF_CODE_PATTERN = '^[bdes][0-9]{1,5}$';
const ICF_CODE = new RegExp(ICF_CODE_PATTERN);
const KEYS = new Set(['text', 'codes']);

/**
 * The national model sets no limit on the codes; the dialog offers FMB's ICF codes for the
 * certificate's diagnoses (at most three), and the largest FMB entry (2018-06) lists 82. Three
 * times that, rounded up, can never refuse a real choice and keeps a payload's list bounded.
 */
export const DEFAULT_MAX_ICF_CODES = 250;
const maxCodesOf = (field: { props: Record<string, unknown> }) => (field.props.maxCodes as number | undefined) ?? DEFAULT_MAX_ICF_CODES;

const icf: FieldKind = {
  kind: 'icf',
  description: 'Fritext med ICF-koder (Icf): { text, codes }.',
  hasAnswer: true,
  definitionProperties: {
    maxLength: { type: 'integer', minimum: 1, description: 'Största antal tecken i texten.' },
    maxCodes: { type: 'integer', minimum: 1, maximum: 1000, description: `Största antal ICF-koder, standard ${DEFAULT_MAX_ICF_CODES}.` },
    modalLabel: { type: 'string', description: 'Rubriken i dialogen där ICF-koder väljs.' },
    collectionsLabel: { type: 'string', description: 'Texten före de valda koderna.' },
    placeholder: { type: 'string' },
  },
  answerSchema: (field) => ({
    type: 'object',
    additionalProperties: false,
    properties: {
      text: { title: 'Beskrivning', ...textSchema(field.props.maxLength as number | undefined) },
      codes: { title: 'ICF-koder', type: 'array', maxItems: maxCodesOf(field), uniqueItems: true, items: { type: 'string', pattern: ICF_CODE_PATTERN } },
    },
  }),
  tsType: () => '{ text?: string; codes?: string[] }',
  wording: (_field, path) => (path[0] === 'text' ? { part: 'beskrivningen' } : path[0] === 'codes' ? { part: 'någon ICF-kod', answered: 'vald' } : {}),
  describe(_field, path) {
    if (path.length === 0) return { type: 'object' };
    if (path.length === 1 && path[0] === 'text') return { type: 'text' };
    if (path.length === 1 && path[0] === 'codes') return { type: 'codeList' };
    return undefined;
  },
  // Codes without a text are an answer too (an incomplete one, reported below), never silently ignored.
  isAnswered: (value) => (isPlainObject(value) ? hasAnswer(value) : value !== undefined),
  requiredMessage: 'Ange ett svar.',
  createValidator(field) {
    const maxLength = field.props.maxLength as number | undefined;
    const maxCodes = maxCodesOf(field);
    return (value, path, run) => {
      if (!isPlainObject(value)) return void run.errors.push(typeIssue(path));
      for (const key of Object.keys(value)) {
        if (!KEYS.has(key)) run.errors.push({ field: `${path}.${key}`, code: 'unknown-field', message: 'Okänd uppgift i svaret.' });
      }
      const { text, codes } = value;
      if (text !== undefined && typeof text !== 'string') run.errors.push(typeIssue(`${path}.text`));
      else if (typeof text === 'string' && !checkCharacters(text, `${path}.text`, run)) {
        // Reported; the length of a text that must change anyway says nothing more.
      } else if (typeof text === 'string' && maxLength !== undefined && exceedsLength(text, maxLength)) {
        run.errors.push(maxLengthIssue(field, `${path}.text`, maxLength));
      }
      if ((text === undefined || (typeof text === 'string' && text.trim() === '')) && Array.isArray(codes) && codes.length > 0) {
        run.errors.push({ field: `${path}.text`, code: 'required', message: messageFor(field, 'required', 'Ange ett svar.') });
      }
      if (codes === undefined) return;
      if (!Array.isArray(codes)) return void run.errors.push(typeIssue(`${path}.codes`));
      if (codes.length > maxCodes) return void run.errors.push(tooManyItems(`${path}.codes`, `Ange högst ${maxCodes} ICF-koder.`));
      const seen = new Set<string>();
      codes.forEach((code, index) => {
        if (typeof code !== 'string' || !ICF_CODE.test(code)) run.errors.push(typeIssue(`${path}.codes[${index}]`));
        else if (seen.has(code)) run.errors.push({ field: `${path}.codes[${index}]`, code: 'duplicate', message: 'Ange varje kod bara en gång.' });
        else seen.add(code);
      });
    };
  },
  printable: (field, value) => {
    const { text, codes } = value as { text?: string; codes?: string[] };
    // The national label often ends in a colon already ("…sysselsättning:"); print one, not two.
    const label = String(field.props.collectionsLabel ?? 'ICF-koder').replace(/:\s*$/, '');
    return codes?.length ? `${label}: ${codes.join(', ')}\n${text ?? ''}`.trim() : String(text ?? '');
  },
  arbitrary: (field, fc) =>
    withNoise(fc, fc.record({
      text: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('x'.repeat(((field.props.maxLength as number) ?? 100) + 1))),
      codes: fc.oneof(
        fc.subarray(['b130', 'b152', 'd230', 'd240', 'e310']), fc.constant(['b130', 'b130']), fc.constant(['x1']),
        fc.constant(Array.from({ length: maxCodesOf(field) + 1 }, (_, index) => `d${index}`)),
      ),
    }, { requiredKeys: [] })),
};

export default icf;
