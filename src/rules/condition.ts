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

/** What an observed node decided, and for a leaf the values it compared. */
export interface ConditionObservation {
  node: Condition;
  holds: boolean;
  /** The fact's value after its path (a leaf only). */
  fact?: unknown;
  /** The right-hand side, resolved when it refers to a fact (a leaf only). */
  value?: unknown;
}

/**
 * Told about every node as it is decided, in evaluation order; `all`/`any` stop at the first part
 * that settles them, so parts after it are never reported. `explain()` builds its account from
 * this, so what it says comes from the very closures that decide.
 */
export type ConditionObserver = (observation: ConditionObservation) => void;

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

function compileLeaf(leaf: LeafCondition, numbering: FactNumbering, observe?: ConditionObserver): CompiledCondition {
  const operator = findOperator(leaf.operator);
  if (!operator) throw new Error(`Unknown operator "${leaf.operator}"`);
  const readFact = factReader(leaf, numbering);
  const value = leaf.value;
  const readValue = isFactReference(value) ? factReader(value, numbering) : () => value;
  const { evaluate, factValueValidator } = operator;
  const decide: CompiledCondition = factValueValidator
    ? (facts) => {
      const factValue = readFact(facts);
      return factValueValidator(factValue) && evaluate(factValue, readValue(facts));
    }
    : (facts) => evaluate(readFact(facts), readValue(facts));
  if (!observe) return decide;
  return (facts) => {
    const holds = decide(facts);
    observe({ node: leaf, holds, fact: readFact(facts), value: readValue(facts) });
    return holds;
  };
}

function compileGroup(condition: Condition, numbering: FactNumbering, observe?: ConditionObserver): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((part) => compileCondition(part, numbering, observe));
    return (facts) => {
      for (const part of parts) if (!part(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => compileCondition(part, numbering, observe));
    return (facts) => {
      for (const part of parts) if (part(facts)) return true;
      return false;
    };
  }
  const inner = compileCondition((condition as { not: Condition }).not, numbering, observe);
  return (facts) => !inner(facts);
}

/** Compiles a condition to a closure; with `observe`, every node reports what it decided. */
export function compileCondition(condition: Condition, numbering: FactNumbering, observe?: ConditionObserver): CompiledCondition {
  if (!('all' in condition || 'any' in condition || 'not' in condition)) return compileLeaf(condition, numbering, observe);
  const decide = compileGroup(condition, numbering, observe);
  if (!observe) return decide;
  return (facts) => {
    const holds = decide(facts);
    observe({ node: condition, holds });
    return holds;
  };
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
