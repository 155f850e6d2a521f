/**
 * Any condition in readable Swedish, as a subordinate clause that follows "när", "om" or
 * "eftersom": `”annat” i ”Intyget är baserat på” är ikryssad`. Negations are pushed down to the
 * leaves (so `not` never reads as "det gäller inte att …"), each leaf is worded by its operator
 * from its kind's words, and leaves that differ only in value or subject are said once:
 * `”A”, ”B” eller ”C” i ”Intyget avser” är ikryssad`, `varken ”X” eller ”Y” är ifylld`.
 */

import type { CertificateModel, Condition, LeafCondition } from '../../model/types.js';
import { isFactReference } from '../condition.js';
import { findOperator } from '../operators/index.js';
import { factWords, subjectWords, valueWords } from './facts.js';
import { joinWords } from './words.js';

type Node = { all: Node[] } | { any: Node[] } | { leaf: LeafCondition; negated: boolean };

/** De Morgan: `not` moves to the leaves; nested groups of the same kind are flattened. */
function normalize(condition: Condition, negated: boolean): Node {
  if ('not' in condition) return normalize(condition.not, !negated);
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const parts = (isAll ? condition.all : (condition as { any: Condition[] }).any).map((part) => normalize(part, negated));
    const key = isAll !== negated ? 'all' : 'any';
    const flat = parts.flatMap((part) => (key in part ? (part as Record<typeof key, Node[]>)[key] : [part]));
    return key === 'all' ? { all: flat } : { any: flat };
  }
  return { leaf: condition, negated };
}

interface Clause {
  whole: string;
  part?: string;
  shift?: number;
  verb: string;
  values: string[];
  negated: boolean;
  /** A value that is itself a list ("”A” eller ”B”") is never merged with another value. */
  list: boolean;
}

function leafClause(model: CertificateModel, leaf: LeafCondition, negated: boolean): Clause {
  const fact = factWords(model, leaf.fact, leaf.path, leaf.params?.days);
  const value = valueWords(model, leaf.value, fact);
  const operator = findOperator(leaf.operator);
  const predicate = operator
    ? operator.wording({
      answered: fact.wording.answered,
      chosen: fact.wording.chosen,
      is: fact.wording.is,
      equals: isFactReference(leaf.value) ? undefined : fact.wording.equals?.(leaf.value),
      value: value.text,
      values: value.items,
      raw: leaf.value,
    })
    : { verb: 'uppfyller ett okänt villkor' };
  return {
    whole: fact.whole,
    part: predicate.part ?? fact.part,
    shift: fact.shift,
    verb: predicate.verb,
    values: predicate.value ? [predicate.value] : [],
    negated: Boolean(predicate.negated) !== negated,
    list: Array.isArray(leaf.value),
  };
}

const sameSubject = (a: Clause, b: Clause) => a.whole === b.whole && a.part === b.part && a.shift === b.shift;

/** Leaves about the same subject and verb, differing in value: "innehåller ”A” och ”B”". */
function mergeValues(clauses: Clause[]): Clause[] {
  const merged: Clause[] = [];
  for (const clause of clauses) {
    const into = clause.values.length === 1 && !clause.list
      ? merged.find((group) => group.values.length > 0 && !group.list && sameSubject(group, clause) && group.verb === clause.verb && group.negated === clause.negated)
      : undefined;
    if (into) {
      if (!into.values.includes(clause.values[0])) into.values.push(clause.values[0]);
    } else merged.push({ ...clause, values: [...clause.values] });
  }
  return merged;
}

function subjectsWords(group: Clause[]): string {
  const [first] = group;
  if (group.every((clause) => clause.part !== undefined && clause.whole === first.whole && clause.shift === first.shift)) {
    return subjectWords({ whole: first.whole, part: joinWords(group.map((clause) => clause.part!), 'eller'), shift: first.shift });
  }
  return joinWords(group.map(subjectWords), 'eller');
}

/**
 * Leaves with the same verb and value but different subjects: with "eller" the subjects are
 * listed ("”A” eller ”B” är ikryssad"); with "och" only negated ones, as "varken … eller …",
 * since "A och B är ifylld" would need the plural.
 */
function renderClauses(clauses: Clause[], conjunction: 'och' | 'eller', value: (clause: Clause) => string): string[] {
  const groups: Clause[][] = [];
  for (const clause of clauses) {
    const key = (other: Clause) => other.verb === clause.verb && value(other) === value(clause) && other.negated === clause.negated;
    const group = conjunction === 'eller' || clause.negated ? groups.find((candidate) => key(candidate[0])) : undefined;
    if (group) group.push(clause);
    else groups.push([clause]);
  }
  return groups.map((group) => {
    const [first] = group;
    const predicate = `${first.verb}${value(first) ? ` ${value(first)}` : ''}`;
    if (group.length === 1) return `${subjectWords(first)} ${first.negated ? 'inte ' : ''}${predicate}`;
    if (conjunction === 'och') return `varken ${subjectsWords(group)} ${predicate}`;
    return `${subjectsWords(group)} ${first.negated ? 'inte ' : ''}${predicate}`;
  });
}

/** The pieces of a node: one for a leaf, one per (merged) part for a group. */
function pieces(model: CertificateModel, node: Node): string[] {
  if ('leaf' in node) return renderClauses([leafClause(model, node.leaf, node.negated)], 'och', (clause) => clause.values[0] ?? '');
  const conjunction = 'all' in node ? 'och' : 'eller';
  const parts = 'all' in node ? node.all : node.any;
  if (parts.length === 0) return [conjunction === 'och' ? 'alltid' : 'aldrig'];
  const leaves = parts.filter((part): part is Extract<Node, { leaf: LeafCondition }> => 'leaf' in part);
  const clauses = mergeValues(leaves.map((part) => leafClause(model, part.leaf, part.negated)));
  const rendered = renderClauses(clauses, conjunction, (clause) => joinWords(clause.values, conjunction));
  const groups = parts.filter((part) => !('leaf' in part)).map((part) => {
    const inner = pieces(model, part);
    return inner.length === 1 ? inner[0] : `(${joinWords(inner, 'all' in part ? 'och' : 'eller')})`;
  });
  return [...rendered, ...groups];
}

/** The condition as a Swedish subordinate clause, e.g. for "Visas när …". */
export function describeCondition(condition: Condition, model: CertificateModel): string {
  const node = normalize(condition, false);
  const parts = pieces(model, node);
  return joinWords(parts, 'any' in node ? 'eller' : 'och');
}
