/**
 * Cross-field rules compared by id. A new error rule or a raised severity is stricter (breaking);
 * a changed condition may be, and nothing here can prove it is not, so it is breaking too. A rule
 * removed or softened, a new warning or info, or a rule moved to another field is compatible.
 */

import type { RuleModel, Severity } from '../model/types.js';
import type { ChangeList } from './locate.js';
import type { DiffSide } from './types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const WORDS: Record<Severity, string> = { info: 'info', warning: 'varning', error: 'fel' };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function compareRules(list: ChangeList, from: DiffSide, to: DiffSide): void {
  const before = new Map(from.model.rules.map((rule) => [rule.id, rule]));
  const after = new Set(to.model.rules.map((rule) => rule.id));
  for (const rule of to.model.rules) {
    const old: RuleModel | undefined = before.get(rule.id);
    if (!old) {
      if (rule.severity === 'error') list.add('breaking', 'rule-added', `Ny regel ${rule.id} (${WORDS[rule.severity]}) på ${rule.target}: "${rule.message}"`, to, rule.pointer);
      else list.add('compatible', 'rule-added', `Ny regel ${rule.id} (${WORDS[rule.severity]}, hindrar inte signering) på ${rule.target}.`, to, rule.pointer);
      continue;
    }
    if (RANK[rule.severity] > RANK[old.severity] && rule.severity === 'error') {
      list.add('breaking', 'rule-stricter', `Regeln ${rule.id} är strängare: ${WORDS[old.severity]} → ${WORDS[rule.severity]}.`, to, [...rule.pointer, 'severity']);
    } else if (rule.severity !== old.severity) {
      list.add('compatible', 'rule-severity-changed', `Regeln ${rule.id}: ${WORDS[old.severity]} → ${WORDS[rule.severity]}.`, to, [...rule.pointer, 'severity']);
    }
    if (!same(old.when, rule.when)) {
      list.add(rule.severity === 'error' ? 'breaking' : 'compatible', 'rule-condition-changed', `Regeln ${rule.id} har ett ändrat villkor${rule.severity === 'error' ? ', som kan vara strängare' : ''}.`, to, [...rule.pointer, 'when'], true);
    }
    if (old.target !== rule.target) list.add('compatible', 'rule-target-changed', `Regeln ${rule.id} visas vid ${rule.target} i stället för ${old.target}.`, to, [...rule.pointer, 'target']);
    if (old.message !== rule.message) list.add('wording', 'rule-message-changed', `Ändrat meddelande för regeln ${rule.id}: "${rule.message}"`, to, [...rule.pointer, 'message']);
  }
  for (const rule of from.model.rules) {
    if (!after.has(rule.id)) list.add('compatible', 'rule-removed', `Regeln ${rule.id} (${WORDS[rule.severity]}) finns inte längre.`, from, rule.pointer);
  }
}
