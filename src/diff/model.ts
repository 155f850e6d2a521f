/**
 * What a version says besides its questions and rules: the envelope (unit contact, blank text),
 * names and descriptions (wording), sections' titles and conditions, and the policy and printout,
 * which change what may be done with a certificate but not whether it is valid (compatible).
 */


import type { ChangeList } from './locate.js';
import type { DiffSide } from './types.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The policy without its YAML pointers, which move whenever a line above them does. */
function withoutPointers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPointers);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'pointer').map(([key, inner]) => [key, withoutPointers(inner)]));
  return value;
}

export function compareModel(list: ChangeList, from: DiffSide, to: DiffSide): void {
  const [a, b] = [from.model, to.model];
  for (const key of ['name', 'code', 'typeCode'] as const) {
    if (a[key] !== b[key]) list.add('wording', `${key}-changed`, `Ändrat ${key}: ${JSON.stringify(a[key] ?? null)} → ${JSON.stringify(b[key] ?? null)}.`, b[key] === undefined ? from : to, [key], true);
  }
  if (a.description !== b.description) list.add('wording', 'description-changed', 'Ändrad beskrivning av intyget (description).', b.description === undefined ? from : to, ['description'], true);
  // A key that defaults (unitContact, blankText …) may be written on one side only: point where it is.
  const written = new Set(Object.keys((to.source.document.toJS() as Record<string, unknown> | null) ?? {}));
  const where = (key: string) => (written.has(key) ? to : from);
  if (a.unitContact !== b.unitContact) {
    list.add(b.unitContact === 'required' ? 'breaking' : 'compatible', 'unit-contact-changed', `Vårdenhetens kontaktuppgifter: ${a.unitContact === 'required' ? 'obligatoriska' : 'frivilliga'} → ${b.unitContact === 'required' ? 'obligatoriska' : 'frivilliga'}.`, where('unitContact'), ['unitContact'], true);
  }
  if (a.blankText !== b.blankText) {
    list.add(b.blankText === 'reject' ? 'breaking' : 'compatible', 'blank-text-changed', `Fritext med bara blanksteg: ${a.blankText === 'reject' ? 'fel' : 'obesvarad'} → ${b.blankText === 'reject' ? 'fel' : 'obesvarad'}.`, where('blankText'), ['blankText'], true);
  }
  if (a.documentNoun !== b.documentNoun) list.add('wording', 'noun-changed', `Dokumentet heter ${b.documentNoun} i stället för ${a.documentNoun}.`, where('documentNoun'), ['documentNoun'], true);
  for (const key of ['recipient', 'issuers', 'delivery', 'retired'] as const) {
    if (!same(a[key], b[key])) list.add('compatible', 'policy-changed', `Ändrat ${key}: ${JSON.stringify(a[key] ?? 'inget')} → ${JSON.stringify(b[key] ?? 'inget')}.`, where(key), [key], true);
  }
  if (!same(withoutPointers(a.lifecycle), withoutPointers(b.lifecycle))) list.add('compatible', 'policy-changed', 'Ändrad livscykel (lifecycle:): vad som får göras med intyget, av vem.', where('lifecycle'), ['lifecycle'], true);
  if (!same(withoutPointers(a.print), withoutPointers(b.print))) list.add('wording', 'print-changed', 'Ändrad utskrift (print:).', where('print'), ['print'], true);
  compareSections(list, from, to);
}

function compareSections(list: ChangeList, from: DiffSide, to: DiffSide): void {
  const before = new Map(from.model.sections.map((section) => [section.id, section]));
  const after = new Set(to.model.sections.map((section) => section.id));
  for (const section of to.model.sections) {
    const old = before.get(section.id);
    if (!old) {
      list.add('compatible', 'section-added', `Nytt avsnitt "${section.title}" (${section.id}).`, to, section.pointer);
      continue;
    }
    if (old.title !== section.title) list.add('wording', 'section-title-changed', `Ändrad rubrik för avsnittet ${section.id}: "${old.title}" → "${section.title}".`, to, [...section.pointer, 'title']);
    if (!same(old.help, section.help)) list.add('wording', 'section-help-changed', `Ändrad hjälptext för avsnittet "${section.title}".`, section.help === undefined ? from : to, section.help === undefined ? [...old.pointer, 'help'] : [...section.pointer, 'help'], true);
    for (const key of ['showIf', 'hideIf'] as const) {
      if (same(old[key], section[key])) continue;
      // Every question in it is shown on other conditions: an answer may become one to a hidden question.
      list.add('breaking', 'condition-changed', `Avsnittet "${section.title}": ändrat villkor för när det ${key === 'showIf' ? 'visas' : 'döljs'} (${key}).`, section[key] ? to : from, section[key] ? [...section.pointer, key] : [...old.pointer, key], true);
    }
  }
  for (const section of from.model.sections) {
    if (!after.has(section.id)) list.add('compatible', 'section-removed', `Avsnittet "${section.title}" (${section.id}) finns inte längre.`, from, section.pointer);
  }
}

