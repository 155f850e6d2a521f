/**
 * A definition's lifecycle conditions (e.g. FK7804's send notice "kortare än 15 dagar") read the
 * certificate exactly as its rules do: compiled once per condition, over the same masked facts.
 */

import type { CertificateModel, Condition } from '../model/types.js';
import { compileCondition, type CompiledCondition } from '../rules/condition.js';
import { contextFacts } from '../rules/facts.js';
import { isPlainObject } from '../fields/kind.js';
import { decide, factsFor } from '../runtime/decide.js';
import { planOf } from './clean.js';
import type { LifecycleCertificate } from './types.js';

const compiled = new WeakMap<Condition, CompiledCondition>();

export function conditionHolds(model: CertificateModel, condition: Condition, certificate: LifecycleCertificate, today: string): boolean {
  const plan = planOf(model);
  let check = compiled.get(condition);
  if (!check) compiled.set(condition, (check = compileCondition(condition, plan.factSlot)));
  const record = certificate as unknown as Record<string, unknown>;
  const answers = isPlainObject(record.answers) ? record.answers : {};
  const context = contextFacts(record, today);
  const { shown } = decide(plan, answers, context);
  return check(factsFor(plan, answers, context, shown));
}
