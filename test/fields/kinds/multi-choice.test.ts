/**
 * Owns the `multiChoice` kind (CheckboxMultipleCode): a list of distinct option ids. Each bad
 * item is reported at its own index so a client can mark the exact checkbox.
 */

import { describe, expect, it } from 'vitest';
import multiChoice from '../../../src/fields/kinds/multi-choice.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const options = [
  { id: 'UNDERSOKNING', label: 'Min undersökning av patienten' },
  { id: 'JOURNAL', label: 'Journaluppgifter' },
  { id: 'ANNAT', label: 'Annat' },
];
const field = makeField('multiChoice', { options }, { id: 'grunder' });

describe('multiChoice', () => {
  it('is answered with a list of option ids', () => {
    expect(multiChoice.kind).toBe('multiChoice');
    expect(multiChoice.hasAnswer).toBe(true);
    expect(multiChoice.requiredMessage).toBe('Välj minst ett alternativ.');
    expect(multiChoice.tsType(field)).toBe('Array<"UNDERSOKNING" | "JOURNAL" | "ANNAT">');
  });

  it('has a schema of unique option ids', () => {
    const accepts = schemaAccepts(multiChoice, field);
    for (const value of [[], ['ANNAT'], ['JOURNAL', 'UNDERSOKNING'], ['UNDERSOKNING', 'JOURNAL', 'ANNAT']]) {
      expect(accepts(value), JSON.stringify(value)).toBe(true);
    }
    for (const value of [['ANNAT', 'ANNAT'], ['OKAND'], 'ANNAT', [1], null, { ANNAT: true }, ['UNDERSOKNING', 'JOURNAL', 'ANNAT', 'ANNAT']]) {
      expect(accepts(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('describes the answer as a code list with its options', () => {
    expect(multiChoice.describe(field, [])).toEqual({ type: 'codeList', options: ['UNDERSOKNING', 'JOURNAL', 'ANNAT'] });
    expect(multiChoice.describe(field, [0])).toBeUndefined();
  });

  it('counts an empty list as unanswered', () => {
    expect(multiChoice.isAnswered([])).toBe(false);
    expect(multiChoice.isAnswered(undefined)).toBe(false);
    expect(multiChoice.isAnswered(['ANNAT'])).toBe(true);
    expect(multiChoice.isAnswered('ANNAT')).toBe(true);
  });

  describe('validator', () => {
    it('accepts distinct known options in any order', () => {
      expect(errorsOf(multiChoice, field, ['ANNAT', 'UNDERSOKNING'])).toEqual([]);
    });

    it('refuses a list longer than the options as one issue, without looking at its items', () => {
      expect(multiChoice.answerSchema(field, env)).toMatchObject({ maxItems: 3 });
      expect(errorsOf(multiChoice, field, Array.from({ length: 190_000 }, () => 'X'))).toEqual([
        issue('grunder', 'too-many-items', 'Välj högst 3 alternativ, vart och ett en gång.'),
      ]);
    });

    it('reports a repeated option at the repetition', () => {
      expect(errorsOf(multiChoice, field, ['ANNAT', 'JOURNAL', 'ANNAT'])).toEqual([
        issue('grunder[2]', 'duplicate', 'Ange varje alternativ bara en gång.'),
      ]);
    });

    it('reports each unknown option at its index', () => {
      expect(errorsOf(multiChoice, field, ['ANNAT', 'OKAND', 'annat'])).toEqual([
        issue('grunder[1]', 'unknown-option', 'Välj ett alternativ.'),
        issue('grunder[2]', 'unknown-option', 'Välj ett alternativ.'),
      ]);
    });

    it('reports an item that is not a string, and a value that is not a list', () => {
      expect(errorsOf(multiChoice, field, [1, 'ANNAT'])).toEqual([issue('grunder[0]', 'invalid-type', 'Svaret har fel format.')]);
      expect(errorsOf(multiChoice, field, 'ANNAT')).toEqual([issue('grunder', 'invalid-type', 'Svaret har fel format.')]);
    });

    it('uses the field’s own messages', () => {
      const custom = makeField('multiChoice', { options }, { id: 'grunder', messages: { duplicate: 'Dubblett.', 'unknown-option': 'Okänt.' } });
      expect(errorsOf(multiChoice, custom, ['ANNAT', 'ANNAT', 'X'])).toEqual([
        issue('grunder[1]', 'duplicate', 'Dubblett.'),
        issue('grunder[2]', 'unknown-option', 'Okänt.'),
      ]);
    });
  });

  it('issue 12 point 10: prints the labels in the definition’s order, whatever the answer’s order', () => {
    expect(multiChoice.printable(field, ['ANNAT', 'UNDERSOKNING'])).toBe('Min undersökning av patienten, Annat');
    expect(multiChoice.printable(field, ['UNDERSOKNING', 'ANNAT'])).toBe('Min undersökning av patienten, Annat');
    expect(multiChoice.printable(field, [])).toBe('');
  });
});

describe('multiChoice for forms and conditions', () => {
  it('offers its options as labelled consts for each item', () => {
    expect(multiChoice.answerSchema(field, env)).toMatchObject({ type: 'array', uniqueItems: true, items: { type: 'string', oneOf: [{ const: 'UNDERSOKNING', title: 'Min undersökning av patienten' }, {}, {}] } });
    expect(multiChoice.tsDoc?.(field)?.[0]).toContain('- `"JOURNAL"`: Journaluppgifter');
  });

  it('has its options ticked in conditions', () => {
    const words = multiChoice.wording!(field, []);
    expect(words).toMatchObject({ answered: 'besvarad', chosen: 'ikryssad' });
    expect(words.value?.('ANNAT')).toBe('”Annat”');
  });
});
