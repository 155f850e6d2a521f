/**
 * The fast evaluator: compiles a json-rules-engine condition into a closure once, so a
 * validation evaluates it in a few property reads instead of the engine's promise chain. The
 * operators are the same objects the engine runs; parity is proven by a property test.
 */

import type { Condition, FactReference, LeafCondition } from '../model/types.js';
import { parsePath, resolvePath } from '../util/path.js';
import { findOperator } from './operators/index.js';
import { shiftDates, type Facts } from './facts.js';

export type CompiledCondition = (facts: Facts) => boolean;

export function isFactReference(value: unknown): value is FactReference {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as FactReference).fact === 'string';
}

function factReader(reference: FactReference): (facts: Facts) => unknown {
  const segments = reference.path ? parsePath(reference.path) ?? [] : [];
  const days = reference.params?.days;
  const { fact } = reference;
  if (!days && segments.length === 0) return (facts) => facts[fact];
  if (!days) return (facts) => resolvePath(facts[fact], segments);
  return (facts) => resolvePath(shiftDates(facts[fact], days), segments);
}

function compileLeaf(leaf: LeafCondition): CompiledCondition {
  const operator = findOperator(leaf.operator);
  if (!operator) throw new Error(`Unknown operator "${leaf.operator}"`);
  const readFact = factReader(leaf);
  const value = leaf.value;
  const readValue = isFactReference(value) ? factReader(value) : () => value;
  const { evaluate, factValueValidator } = operator;
  if (factValueValidator) {
    return (facts) => {
      const factValue = readFact(facts);
      return factValueValidator(factValue) && evaluate(factValue, readValue(facts));
    };
  }
  return (facts) => evaluate(readFact(facts), readValue(facts));
}

export function compileCondition(condition: Condition): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (facts) => parts.every((part) => part(facts));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (facts) => parts.some((part) => part(facts));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => !inner(facts);
  }
  return compileLeaf(condition);
}

/** Every fact a condition reads, on either side; used for dependency order and cycle checks. */
export function factsOf(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) condition.all.forEach((part) => factsOf(part, into));
  else if ('any' in condition) condition.any.forEach((part) => factsOf(part, into));
  else if ('not' in condition) factsOf(condition.not, into);
  else {
    into.add(condition.fact);
    if (isFactReference(condition.value)) into.add(condition.value.fact);
  }
  return into;
}
