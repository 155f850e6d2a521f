/**
 * Questions compared between versions, by id: added and removed questions, another kind, a
 * question that became required or stopped being, changed conditions, its options and (for
 * `rows`) its columns, its own keys (`props.ts`), and its texts.
 */

import { getKind } from '../fields/registry.js';
import type { CertificateModel, FieldModel, Pointer } from '../model/types.js';
import { compareProps } from './props.js';
import type { ChangeList } from './locate.js';
import type { DiffSide } from './types.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A question by its label, cut at a word after 60 characters, and its id. */
export function named(field: FieldModel): string {
  const label = field.label.length > 60 ? `${field.label.slice(0, 60).replace(/\s+\S*$/, '')} …` : field.label;
  return label ? `"${label}" (${field.id})` : field.id;
}
const CONDITIONS = ['showIf', 'hideIf', 'enabledIf', 'disabledIf'] as const;
const CONDITION_WORDS: Record<(typeof CONDITIONS)[number], string> = { showIf: 'när den visas (showIf)', hideIf: 'när den döljs (hideIf)', enabledIf: 'när den kan besvaras (enabledIf)', disabledIf: 'när den inte kan besvaras (disabledIf)' };

const isRequired = (field: FieldModel) => field.required !== false;

/** A `rows` field's columns as fields of their own, so they are compared like questions. */
function columnsOf(field: FieldModel): FieldModel[] {
  const columns = Array.isArray(field.props.columns) ? (field.props.columns as Array<Record<string, unknown>>) : [];
  return columns.map((column, index) => {
    const { id, kind, label, required, ref, ...props } = column;
    return {
      id: `${field.id}.${String(id)}`, kind: String(kind), label: String(label ?? id), sectionId: field.sectionId,
      ...(ref !== undefined ? { ref: String(ref) } : {}),
      required: required === true, messages: {}, props, pointer: [...field.pointer, 'columns', index],
    };
  });
}

function compareOptions(list: ChangeList, from: { field: FieldModel; side: DiffSide }, to: { field: FieldModel; side: DiffSide }): void {
  type Option = { id: string; label: string; percent?: number };
  const before = (Array.isArray(from.field.props.options) ? from.field.props.options : []) as Option[];
  const after = (Array.isArray(to.field.props.options) ? to.field.props.options : []) as Option[];
  const name = named(to.field);
  after.forEach((option, index) => {
    const old = before.find((candidate) => candidate.id === option.id);
    const pointer: Pointer = [...to.field.pointer, 'options', index];
    if (!old) {
      // An option with the label of one that went is the same choice under a new id: renamed.
      const renamed = before.find((candidate) => candidate.label === option.label && !after.some((other) => other.id === candidate.id));
      if (renamed) list.add('breaking', 'option-renamed', `Alternativet "${option.label}" i ${name} har bytt id: ${renamed.id} → ${option.id}.`, to.side, [...pointer, 'id']);
      else list.add('compatible', 'option-added', `Nytt alternativ "${option.label}" (${option.id}) i ${name}.`, to.side, pointer);
      return;
    }
    if (old.label !== option.label) list.add('wording', 'option-label-changed', `Ändrad text för alternativet ${option.id} i ${name}: "${old.label}" → "${option.label}".`, to.side, [...pointer, 'label']);
    if (!same(old.percent, option.percent)) list.add('breaking', 'option-changed', `Alternativet ${option.id} i ${name} betyder något annat: ${old.percent ?? '–'} → ${option.percent ?? '–'} procent.`, to.side, [...pointer, 'percent']);
  });
  before.forEach((option, index) => {
    if (after.some((candidate) => candidate.id === option.id)) return;
    if (after.some((candidate) => candidate.label === option.label && !before.some((other) => other.id === candidate.id))) return;
    list.add('breaking', 'option-removed', `Alternativet "${option.label}" (${option.id}) i ${named(from.field)} finns inte längre.`, from.side, [...from.field.pointer, 'options', index]);
  });
}

function compareField(list: ChangeList, from: { field: FieldModel; side: DiffSide }, to: { field: FieldModel; side: DiffSide }, sectionsDiffer: boolean): void {
  const [a, b] = [from.field, to.field];
  const name = named(b);
  if (a.kind !== b.kind) {
    list.add('breaking', 'kind-changed', `${name} har en annan svarstyp: ${a.kind} → ${b.kind}.`, to.side, [...b.pointer, 'kind']);
    return;
  }
  if (sectionsDiffer) list.add('breaking', 'field-moved', `${name} har flyttats från avsnittet ${a.sectionId} till ${b.sectionId}, som visas på andra villkor.`, to.side, b.pointer);
  else if (a.sectionId !== b.sectionId) list.add('compatible', 'field-moved', `${name} har flyttats från avsnittet ${a.sectionId} till ${b.sectionId}.`, to.side, b.pointer);
  if (!isRequired(a) && isRequired(b)) list.add('breaking', 'field-required', `${name} är nu obligatorisk${b.required === true ? '' : ' (på villkor)'}.`, to.side, [...b.pointer, 'required'], true);
  else if (isRequired(a) && !isRequired(b)) list.add('compatible', 'field-optional', `${name} är inte längre obligatorisk.`, from.side, [...a.pointer, 'required'], true);
  else if (typeof b.required === 'object' && !same(a.required, b.required)) list.add('breaking', 'condition-changed', `${name}: ändrat villkor för när den är obligatorisk.`, to.side, [...b.pointer, 'required'], true);
  for (const key of CONDITIONS) {
    if (same(a[key], b[key])) continue;
    if (b[key]) list.add('breaking', 'condition-changed', `${name}: ändrat villkor för ${CONDITION_WORDS[key]}.`, to.side, [...b.pointer, key], true);
    else list.add('breaking', 'condition-changed', `${name}: villkoret för ${CONDITION_WORDS[key]} är borttaget.`, from.side, [...a.pointer, key], true);
  }
  if (a.label !== b.label) list.add('wording', 'label-changed', `Ändrad fråga för ${b.id}: "${a.label}" → "${b.label}".`, to.side, [...b.pointer, 'label']);
  if (!same(a.help, b.help)) list.add('wording', 'help-changed', `Ändrad hjälptext för ${name}.`, b.help === undefined ? from.side : to.side, b.help === undefined ? [...a.pointer, 'help'] : [...b.pointer, 'help'], true);
  if (!same(a.messages, b.messages)) list.add('wording', 'message-changed', `Ändrade meddelanden för ${name}.`, to.side, [...b.pointer, 'messages'], true);
  if (a.ref !== b.ref) list.add('wording', 'ref-changed', `Ändrat nationellt id för ${name}: ${a.ref ?? '–'} → ${b.ref ?? '–'}.`, to.side, [...b.pointer, 'ref'], true);
  compareOptions(list, from, to);
  compareProps(list, name, from, { ...to, pointer: b.pointer });
  compareFieldLists(list, { fields: columnsOf(a), side: from.side }, { fields: columnsOf(b), side: to.side }, () => false);
}

/** Questions (or columns) matched by id. `sectionsDiffer` says whether two sections are shown on different conditions. */
export function compareFieldLists(
  list: ChangeList,
  from: { fields: readonly FieldModel[]; side: DiffSide },
  to: { fields: readonly FieldModel[]; side: DiffSide },
  sectionsDiffer: (fromSection: string, toSection: string) => boolean,
): void {
  const before = new Map(from.fields.map((field) => [field.id, field]));
  const after = new Map(to.fields.map((field) => [field.id, field]));
  for (const field of to.fields) {
    const old = before.get(field.id);
    if (old) {
      compareField(list, { field: old, side: from.side }, { field, side: to.side }, old.sectionId !== field.sectionId && sectionsDiffer(old.sectionId, field.sectionId));
      continue;
    }
    const answered = getKind(field.kind).hasAnswer;
    if (!answered) list.add('compatible', 'message-added', `Ny text ${named(field)} (${field.kind}).`, to.side, field.pointer);
    else if (isRequired(field)) list.add('breaking', 'field-added-required', `Ny obligatorisk fråga ${named(field)}${field.required === true ? '' : ' (på villkor)'}.`, to.side, field.pointer);
    else list.add('compatible', 'field-added', `Ny fråga ${named(field)}, inte obligatorisk.`, to.side, field.pointer);
  }
  for (const field of from.fields) {
    if (after.has(field.id)) continue;
    if (getKind(field.kind).hasAnswer) list.add('breaking', 'field-removed', `Frågan ${named(field)} finns inte längre; ett svar på den blir okänt.`, from.side, field.pointer);
    else list.add('compatible', 'message-removed', `Texten ${named(field)} finns inte längre.`, from.side, field.pointer);
  }
}

export function compareFields(list: ChangeList, from: DiffSide, to: DiffSide): void {
  const sectionOf = (model: CertificateModel, id: string) => model.sections.find((section) => section.id === id);
  const differ = (a: string, b: string) => {
    const [x, y] = [sectionOf(from.model, a), sectionOf(to.model, b)];
    return !same([x?.showIf, x?.hideIf], [y?.showIf, y?.hideIf]);
  };
  compareFieldLists(list, { fields: from.model.fields, side: from }, { fields: to.model.fields, side: to }, differ);
}
