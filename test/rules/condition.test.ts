/**
 * Owns compileCondition, the fast evaluator: all/any/not, paths into answers, fact references on
 * the value side with `params: { days }`, and operators' fact validators. A table of compound
 * conditions also runs through json-rules-engine, fed the same shifted facts as the runtime feeds
 * it, so the two evaluators are shown to agree beyond single leaves.
 */

import { Engine, Fact, Operator } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/model/types.js';
import { compileCondition, factsOf, isFactReference } from '../../src/rules/condition.js';
import { shiftDates } from '../../src/rules/facts.js';
import { CUSTOM_OPERATORS } from '../../src/rules/operators/index.js';
import { fastHolds } from '../helpers/engine.js';

type Facts = Record<string, unknown>;

const FACTS: Facts = {
  today: '2026-11-20',
  patient: { personId: '191212121212', idType: 'personnummer', birthDate: '1912-12-12' },
  baseratPa: { UNDERSOKNING: '2026-11-18', ANNAT: '2026-11-01' },
  grunder: ['ANNAT'],
  dodsdatum: '2026-11-10',
  undersokningDatum: '2026-10-01',
  sjukskrivning: { HALFTEN: { from: '2026-11-10', to: '2026-11-30' } },
  diagnoser: [{ code: 'F32.1', description: 'Depression' }],
  antal: 3,
  nej: false,
};

const holds = (condition: Condition, facts: Facts = FACTS) => fastHolds(condition, facts);

const A = { fact: 'antal', operator: 'equal', value: 3 };
const B = { fact: 'nej', operator: 'equal', value: true };

describe('compileCondition: all, any, not', () => {
  it('combines leaves', () => {
    expect(holds({ all: [A, A] })).toBe(true);
    expect(holds({ all: [A, B] })).toBe(false);
    expect(holds({ any: [B, A] })).toBe(true);
    expect(holds({ any: [B, B] })).toBe(false);
    expect(holds({ not: B })).toBe(true);
    expect(holds({ not: { any: [A, B] } })).toBe(false);
  });

  it('treats an empty all as true and an empty any as false, as Array.every/some do', () => {
    expect(holds({ all: [] })).toBe(true);
    expect(holds({ any: [] })).toBe(false);
  });

  it('rejects an unknown operator when compiling, not when evaluating', () => {
    const numbering = () => 0;
    expect(() => compileCondition({ fact: 'antal', operator: 'isTruthy', value: true }, numbering)).toThrow('Unknown operator "isTruthy"');
    expect(() => compileCondition({ all: [A, { fact: 'antal', operator: 'approx', value: 1 }] }, numbering)).toThrow(/approx/);
  });

  it('asks for the slot of every fact it reads, once per reference, when compiling', () => {
    const asked: string[] = [];
    const numbering = (fact: string) => (asked.push(fact), asked.length - 1);
    compileCondition({ any: [A, { fact: 'dodsdatum', operator: 'dateBefore', value: { fact: 'today' } }] }, numbering);
    expect(asked).toEqual(['antal', 'dodsdatum', 'today']);
  });

  it('stops at the first false part of all and the first true part of any', () => {
    // A malformed range throws when evaluated, so reaching it would fail the test.
    const throws = { fact: 'diagnoser', path: '$[0].code', operator: 'inIcd10Chapter', value: 'F99-F00' };
    expect(holds({ all: [B, throws] })).toBe(false);
    expect(holds({ any: [A, throws] })).toBe(true);
  });
});

describe('compileCondition: paths', () => {
  it('reads keys, indexes and chains of them', () => {
    expect(holds({ fact: 'baseratPa', path: '$.ANNAT', operator: 'isAnswered', value: true })).toBe(true);
    expect(holds({ fact: 'baseratPa', path: '$.TELEFONKONTAKT', operator: 'isAnswered', value: true })).toBe(false);
    expect(holds({ fact: 'sjukskrivning', path: '$.HALFTEN.from', operator: 'equal', value: '2026-11-10' })).toBe(true);
    expect(holds({ fact: 'diagnoser', path: '$[0].code', operator: 'inIcd10Chapter', value: 'F00-F99' })).toBe(true);
    expect(holds({ fact: 'diagnoser', path: '$[1].code', operator: 'isNotAnswered', value: true })).toBe(true);
    expect(holds({ fact: 'patient', path: '$.birthDate', operator: 'equal', value: '1912-12-12' })).toBe(true);
  });

  it('returns a non-object fact as it is when a path is given, like the engine’s almanac', () => {
    expect(holds({ fact: 'antal', path: '$.x', operator: 'equal', value: 3 })).toBe(true);
  });

  it('reads an absent fact as unanswered', () => {
    expect(holds({ fact: 'saknas', operator: 'isNotAnswered', value: true })).toBe(true);
    expect(holds({ fact: 'saknas', path: '$.a[0]', operator: 'isAnswered', value: true })).toBe(false);
  });
});

describe('compileCondition: fact references and params.days', () => {
  it('compares with another fact', () => {
    expect(holds({ fact: 'undersokningDatum', operator: 'dateBefore', value: { fact: 'dodsdatum' } })).toBe(true);
    expect(holds({ fact: 'dodsdatum', operator: 'dateOnOrBefore', value: { fact: 'today' } })).toBe(true);
  });

  it('shifts the referenced fact by params.days', () => {
    // Examination more than 4 weeks before death: 2026-10-01 < 2026-11-10 − 28 = 2026-10-13.
    const fourWeeks = { fact: 'undersokningDatum', operator: 'dateBefore', value: { fact: 'dodsdatum', params: { days: -28 } } };
    expect(holds(fourWeeks)).toBe(true);
    expect(holds(fourWeeks, { ...FACTS, undersokningDatum: '2026-10-13' })).toBe(false);
    // Sick leave starting more than a week back.
    const weekAgo = { fact: 'sjukskrivning', operator: 'anyPeriodStartsBefore', value: { fact: 'today', params: { days: -7 } } };
    expect(holds(weekAgo)).toBe(true);
    expect(holds(weekAgo, { ...FACTS, sjukskrivning: { HALFTEN: { from: '2026-11-13', to: '2026-11-30' } } })).toBe(false);
  });

  it('shifts the patient’s birth date, then follows the path', () => {
    const reference = { fact: 'patient', path: '$.birthDate', params: { days: 1 } };
    expect(holds({ fact: 'today', operator: 'equal', value: reference }, { ...FACTS, today: '1912-12-13' })).toBe(true);
  });

  it('shifts the fact side of a leaf too', () => {
    expect(holds({ fact: 'today', params: { days: -10 }, operator: 'equal', value: '2026-11-10' })).toBe(true);
    expect(holds({ fact: 'patient', path: '$.birthDate', params: { days: 365 }, operator: 'dateBefore', value: '1913-12-13' })).toBe(true);
  });

  it('reads days: 0 as no shift', () => {
    expect(holds({ fact: 'today', operator: 'equal', value: { fact: 'today', params: { days: 0 } } })).toBe(true);
  });

  it('shifts nested period and row dates, before following the path', () => {
    const later = { fact: 'sjukskrivning', path: '$.HALFTEN.from', params: { days: 7 }, operator: 'dateAfter', value: '2026-11-15' };
    expect(holds(later)).toBe(true);
    const rows = { foljd: [{ datum: '2026-11-01' }] };
    expect(holds({ fact: 'foljd', path: '$[0].datum', params: { days: -1 }, operator: 'equal', value: '2026-10-31' }, rows)).toBe(true);
  });
});

describe('compileCondition: fact validators', () => {
  it('makes a condition false instead of throwing when the fact has the wrong shape', () => {
    expect(holds({ fact: 'saknas', operator: 'contains', value: 'ANNAT' })).toBe(false);
    expect(holds({ fact: 'saknas', operator: 'doesNotContain', value: 'ANNAT' })).toBe(false);
    expect(holds({ fact: 'grunder', operator: 'contains', value: 'ANNAT' })).toBe(true);
    expect(holds({ fact: 'nej', operator: 'lessThan', value: 1 })).toBe(false);
    expect(holds({ fact: 'saknas', operator: 'greaterThanInclusive', value: -1 })).toBe(false);
  });
});

describe('isFactReference and factsOf', () => {
  it('recognises only objects with a string fact', () => {
    expect(isFactReference({ fact: 'today' })).toBe(true);
    expect(isFactReference({ fact: 'today', params: { days: -7 } })).toBe(true);
    for (const value of [null, undefined, 'today', ['today'], { fact: 1 }, { from: '2026-11-01' }]) {
      expect(isFactReference(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('collects facts from both sides, at every depth', () => {
    const condition: Condition = {
      all: [
        { fact: 'a', operator: 'isAnswered', value: true },
        { any: [{ fact: 'b', operator: 'dateBefore', value: { fact: 'today', params: { days: -7 } } }] },
        { not: { fact: 'c', operator: 'equal', value: 'd' } },
      ],
    };
    expect([...factsOf(condition)].sort()).toEqual(['a', 'b', 'c', 'today']);
  });
});

describe('parity with json-rules-engine on compound conditions', () => {
  async function engineHolds(condition: Condition, facts: Facts): Promise<boolean> {
    const top = 'all' in condition || 'any' in condition || 'not' in condition ? condition : { all: [condition] };
    const engine = new Engine([{ conditions: top, event: { type: 'hit' } }] as never[], { allowUndefinedFacts: true });
    for (const operator of CUSTOM_OPERATORS) engine.addOperator(new Operator(operator.id, operator.evaluate, operator.factValueValidator));
    // As the runtime's engine runner: every fact is dynamic, so params.days shifts it.
    for (const [id, value] of Object.entries(facts)) {
      engine.addFact(new Fact(id, (params: { days?: number }) => shiftDates(value, params?.days)));
    }
    return (await engine.run()).events.length === 1;
  }

  const conditions: Condition[] = [
    { all: [A, { not: B }] },
    { any: [B, { fact: 'baseratPa', path: '$.ANNAT', operator: 'dateBefore', value: { fact: 'today', params: { days: -14 } } }] },
    { not: { fact: 'grunder', operator: 'contains', value: 'ANNAT' } },
    { fact: 'undersokningDatum', operator: 'dateBefore', value: { fact: 'dodsdatum', params: { days: -28 } } },
    { fact: 'sjukskrivning', path: '$.HALFTEN', operator: 'lengthOverDays', value: 14 },
    { fact: 'diagnoser', path: '$[0].code', operator: 'inIcd10Chapter', value: ['F00-F99'] },
    { fact: 'patient', path: '$.birthDate', params: { days: 365 }, operator: 'dateBefore', value: '1913-12-13' },
    { fact: 'antal', path: '$.x', operator: 'equal', value: 3 },
    { fact: 'sjukskrivning', path: '$.HALFTEN.from', params: { days: 7 }, operator: 'dateAfter', value: '2026-11-15' },
    { fact: 'today', operator: 'dateOnOrAfter', value: { fact: 'sjukskrivning', path: '$.HALFTEN.to', params: { days: -10 } } },
    { all: [{ fact: 'saknas', operator: 'isNotAnswered', value: true }, { fact: 'saknas', operator: 'notEqual', value: 'X' }] },
  ];

  it.each(conditions.map((condition) => [JSON.stringify(condition), condition] as const))('%s', async (_name, condition) => {
    expect(await engineHolds(condition, FACTS)).toBe(holds(condition));
  });
});
