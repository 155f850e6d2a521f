/**
 * The fast evaluator: compiles a json-rules-engine condition into a closure once, so a
 * validation evaluates it in a few array reads instead of the engine's promise chain. Facts are
 * numbered at compile time and passed as an array: every payload then has the same shape, which
 * keeps property access monomorphic. The operators are the same objects the engine runs; parity
 * is proven by a property test.
 */

import type { Condition, FactReference, LeafCondition } from '../model/types.js';
import { parsePath, resolvePath } from '../util/path.js';
import { findOperator } from './operators/index.js';
import { shiftDates } from './facts.js';

/** Facts by number, as `FactNumbering` assigned them. */
export type FactArray = unknown[];
export type CompiledCondition = (facts: FactArray) => boolean;

/** Gives each fact name its slot in the fact array. */
export type FactNumbering = (fact: string) => number;

export function isFactReference(value: unknown): value is FactReference {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as FactReference).fact === 'string';
}

function factReader(reference: FactReference, numbering: FactNumbering): (facts: FactArray) => unknown {
  const segments = reference.path ? parsePath(reference.path) ?? [] : [];
  const days = reference.params?.days;
  const slot = numbering(reference.fact);
  if (!days && segments.length === 0) return (facts) => facts[slot];
  if (!days) return (facts) => resolvePath(facts[slot], segments);
  return (facts) => resolvePath(shiftDates(facts[slot], days), segments);
}

function compileLeaf(leaf: LeafCondition, numbering: FactNumbering): CompiledCondition {
  const operator = findOperator(leaf.operator);
  if (!operator) throw new Error(`Unknown operator "${leaf.operator}"`);
  const readFact = factReader(leaf, numbering);
  const value = leaf.value;
  const readValue = isFactReference(value) ? factReader(value, numbering) : () => value;
  const { evaluate, factValueValidator } = operator;
  if (factValueValidator) {
    return (facts) => {
      const factValue = readFact(facts);
      return factValueValidator(factValue) && evaluate(factValue, readValue(facts));
    };
  }
  return (facts) => evaluate(readFact(facts), readValue(facts));
}

export function compileCondition(condition: Condition, numbering: FactNumbering): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((part) => compileCondition(part, numbering));
    return (facts) => {
      for (const part of parts) if (!part(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => compileCondition(part, numbering));
    return (facts) => {
      for (const part of parts) if (part(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, numbering);
    return (facts) => !inner(facts);
  }
  return compileLeaf(condition, numbering);
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
