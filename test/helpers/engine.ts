/**
 * Runs one operator through json-rules-engine and through our fast evaluator, so an operator
 * table proves that the emitted rules.json and the runtime agree on what the operator means.
 */

import { Engine, Operator } from 'json-rules-engine';
import { expect, it } from 'vitest';
import type { Condition } from '../../src/model/types.js';
import { compileCondition } from '../../src/rules/condition.js';
import type { OperatorDefinition } from '../../src/rules/operator.js';
import { ENGINE_OPERATORS } from '../../src/rules/operators/index.js';

/**
 * `[factValue, value, expected]`: whether `{ fact: x, operator, value }` holds for that fact. A
 * factValue of undefined is an absent fact; a value of undefined means a unary operator and is
 * sent as `true`, as the compiler writes it (json-rules-engine requires a value).
 */
export type OperatorCase = readonly [factValue: unknown, value: unknown, expected: boolean];

/** The engine's rule for one leaf; unary operators still need a value, as the compiler writes `true`. */
function ruleFor(operator: string, value: unknown) {
  return { conditions: { all: [{ fact: 'x', operator, value: value === undefined ? true : value }] }, event: { type: 'hit' } };
}

/**
 * Whether the rule fires in json-rules-engine. `register: false` leaves the engine's own built-in
 * in place (what the runtime does for json-rules-engine's operators); otherwise ours is added.
 */
export async function engineDecides(definition: OperatorDefinition, factValue: unknown, value: unknown, register = true): Promise<boolean> {
  const engine = new Engine([ruleFor(definition.id, value)] as never[], { allowUndefinedFacts: true });
  if (register) engine.addOperator(new Operator(definition.id, definition.evaluate, definition.factValueValidator));
  // An absent fact is how the runtime passes an unanswered field.
  const facts = factValue === undefined ? {} : { x: factValue };
  const { events } = await engine.run(facts);
  return events.length === 1;
}

/**
 * Runs a condition through the fast evaluator over named facts. The evaluator reads facts from an
 * array by slot, so slots are handed out in the order the compiler asks for names.
 */
export function fastHolds(condition: Condition, facts: Record<string, unknown>): boolean {
  const names: string[] = [];
  const compiled = compileCondition(condition, (fact) => {
    const known = names.indexOf(fact);
    return known >= 0 ? known : names.push(fact) - 1;
  });
  return compiled(names.map((name) => (Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : undefined)));
}

/** What the fast evaluator decides for the same leaf (validator first, as the engine does). */
export function fastDecides(definition: OperatorDefinition, factValue: unknown, value: unknown): boolean {
  const condition = { fact: 'x', operator: definition.id, value: value === undefined ? true : value };
  return fastHolds(condition, factValue === undefined ? {} : { x: factValue });
}

const isEngineBuiltIn = (definition: OperatorDefinition) => ENGINE_OPERATORS.includes(definition);

const show = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));

/**
 * One test per case, RuleTester style: the operator's own `evaluate` (behind its fact validator),
 * the fast evaluator and json-rules-engine must all give `expected`.
 */
export function operatorCases(definition: OperatorDefinition, cases: readonly OperatorCase[]): void {
  it.each(cases.map((entry) => [show(entry[0]), show(entry[1]), entry[2], entry] as const))(
    '%s, %s → %s',
    async (_fact, _value, expected, [factValue, value]) => {
      const validated = definition.factValueValidator?.(factValue) ?? true;
      expect(validated && definition.evaluate(factValue, value === undefined ? true : value)).toBe(expected);
      expect(fastDecides(definition, factValue, value)).toBe(expected);
      expect(await engineDecides(definition, factValue, value)).toBe(expected);
      if (isEngineBuiltIn(definition)) expect(await engineDecides(definition, factValue, value, false)).toBe(expected);
    },
  );
}
