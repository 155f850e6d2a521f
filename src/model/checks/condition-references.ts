/**
 * Every condition names a fact, path and operator that exist, and compares the fact with a
 * value of the right type: no date compared with a number, no option id the field lacks.
 */
import type { SemanticCheck, CheckContext } from './check.js';
import { conditionSites, forEachNode } from '../conditions.js';
import { contextPaths, describeFact } from '../facts.js';
import { findOperator, OPERATOR_IDS } from '../../rules/operators/index.js';
import { isFactReference } from '../../rules/condition.js';
import { parsePath } from '../../util/path.js';
import { isIsoDate } from '../../util/dates.js';
import { parseIcd10Range } from '../../codesystems/icd10.js';
import type { ValueType } from '../../fields/kind.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { CONTEXT_FACTS } from '../types.js';
import { DOCUMENT_KIND_SPECS, documentKind } from '../../documents/registry.js';
import type { PathSegment } from '../../util/path.js';
import type { CertificateModel, Condition, Pointer } from '../types.js';

type Leaf = Extract<Condition, { fact: string }>;

const TYPE_NAMES: Record<string, string> = {
  text: 'en text', boolean: 'ja/nej', number: 'ett tal', date: 'ett datum', code: 'ett alternativ',
  codeList: 'en lista med alternativ', dateMap: 'datum per alternativ', dateRange: 'en period',
  periods: 'perioder', diagnoses: 'diagnoser', diagnosis: 'en diagnosrad', rows: 'rader', row: 'en rad',
  uncertainDate: 'ett osäkert datum', object: 'ett objekt',
};

const dateLike = (type: string) => type === 'date' || type === 'uncertainDate';

/** `value: "true"` on a yes/no field, `value: "5"` on a number: the quotes made it text. */
function quotedLiteralHint(type: ValueType, value: unknown): string {
  if (typeof value !== 'string') return '';
  if (type.type === 'boolean' && (value === 'true' || value === 'false')) return ` Skriv ${value} utan citattecken (value: ${value}); med citattecken blir det en text.`;
  if (type.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return ` Skriv ${value} utan citattecken (value: ${value}); med citattecken blir det en text.`;
  return '';
}

/** Numeric comparisons written on dates: the date operators compare by day. */
const DATE_OPERATOR_FOR: Record<string, string> = {
  greaterThan: 'dateAfter', greaterThanInclusive: 'dateOnOrAfter', lessThan: 'dateBefore', lessThanInclusive: 'dateOnOrBefore',
};

function literalMatches(type: ValueType, value: unknown): boolean {
  switch (type.type) {
    case 'text': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'number': return typeof value === 'number';
    case 'date': case 'uncertainDate': return isIsoDate(value);
    case 'code': return typeof value === 'string';
    default: return false;
  }
}

/** Types whose values hold dates that `params: { days }` can shift. */
const SHIFTABLE = new Set(['date', 'dateRange', 'periods', 'dateMap', 'rows', 'row', 'object']);
const REFERENCE_KEYS = new Set(['fact', 'path', 'params']);

function factName(fact: string, capital = true): string {
  const word = (CONTEXT_FACTS as readonly string[]).includes(fact) ? 'faktan' : 'fältet';
  return `${capital ? word[0].toUpperCase() + word.slice(1) : word} "${fact}"`;
}

/** Parts a condition could read from a field, to list when a path is wrong. */
function knownPaths(model: CertificateModel, fact: string): string[] {
  const context = contextPaths(fact);
  if (context.length) return context;
  const field = model.fields.find((candidate) => candidate.id === fact);
  if (!field) return [];
  const options = ((field.props.options as Array<{ id: string }> | undefined) ?? []).map((option) => option.id);
  const columns = ((field.props.columns as Array<{ id: string }> | undefined) ?? []).map((column) => column.id);
  const candidates: PathSegment[][] = [
    ...options.map((id) => [id]), ...options.slice(0, 1).flatMap((id) => [[id, 'from'], [id, 'to']]),
    ['from'], ['to'], [0], [0, 'code'], [0, 'description'], ...columns.map((id) => [0, id]),
  ];
  return candidates.filter((path) => describeFact(model, fact, path).ok).map((path) => path.reduce<string>((out, segment) => out + (typeof segment === 'number' ? `[${segment}]` : `.${segment}`), '$'));
}

function pathProblem(model: CertificateModel, fact: string, path: string | undefined): string {
  const paths = knownPaths(model, fact);
  return `${factName(fact)} har ingen del "${path}".${paths.length ? ` Möjliga: ${paths.join(', ')}.` : ' Ta bort path.'}`;
}

function unknownFact(model: CertificateModel, fact: string, reason: string): string {
  const own = documentKind(model.document).facts;
  if (reason === 'other-document') {
    const owners = Object.values(DOCUMENT_KIND_SPECS).filter((spec) => (spec.facts as readonly string[]).includes(fact)).map((spec) => spec.plural);
    return `Faktan "${fact}" finns bara för ${owners.join(' och ')}, inte för ${documentKind(model.document).plural}. Här finns: ${own.join(', ')}.`;
  }
  const names = [...model.fields.filter((field) => describeFact(model, field.id, []).ok).map((field) => field.id), ...own];
  const why = reason === 'no-answer' ? `"${fact}" är ett meddelande och har inget svar.` : `Okänt fält "${fact}".${didYouMean(fact, names)}`;
  return `${why} Ange ett fält-id ur definitionen eller ${own.join(', ')}.`;
}

function checkParams(context: CheckContext, params: unknown, type: ValueType, fact: string, pointer: Pointer): void {
  if (params === undefined) return;
  if (!SHIFTABLE.has(type.type)) {
    context.report([...pointer, 'params'], 'condition/type-mismatch', `params.days flyttar datum, men ${factName(fact, false)} innehåller inga datum. Ta bort params.`);
  }
}

function referenceType(context: CheckContext, value: unknown, pointer: Pointer): ValueType | null {
  if (!isFactReference(value)) return null;
  const at = [...pointer, 'value'];
  for (const key of Object.keys(value)) {
    if (!REFERENCE_KEYS.has(key)) {
      context.report([...at, key], 'definition/unknown-key', `Okänd nyckel "${key}" i value.${didYouMean(key, REFERENCE_KEYS)} En faktareferens har fact, path och params.`, { key: true });
      return null;
    }
  }
  const params = value.params as Record<string, unknown> | undefined;
  if (params !== undefined && (typeof params !== 'object' || params === null || Object.keys(params).some((key) => key !== 'days') || !Number.isInteger(params.days))) {
    context.report([...at, 'params'], 'definition/unknown-key', 'params i value tar bara { days: N }, ett heltal dagar att flytta datumen.');
    return null;
  }
  const segments = value.path ? parsePath(value.path) : [];
  if (!segments) {
    context.report([...at, 'path'], 'condition/unknown-path', `Sökvägen "${value.path}" stöds inte. Använd $.nyckel, $[0] eller en kedja av dem.`);
    return null;
  }
  const lookup = describeFact(context.model, value.fact, segments);
  if (!lookup.ok) {
    if (lookup.reason === 'unknown-path') context.report([...at, 'path'], 'condition/unknown-path', pathProblem(context.model, value.fact, value.path));
    else context.report([...at, 'fact'], 'condition/unknown-fact', unknownFact(context.model, value.fact, lookup.reason));
    return null;
  }
  checkParams(context, params, lookup.type, value.fact, at);
  return lookup.type;
}

function checkValue(context: CheckContext, leaf: Leaf, factType: ValueType, pointer: Pointer): void {
  const operator = findOperator(leaf.operator)!;
  const at = [...pointer, 'value'];
  const report = (message: string, code = 'condition/type-mismatch') => context.report(at, code, message);
  const expectsFactType = TYPE_NAMES[factType.type];
  if (operator.value === 'none') {
    if (leaf.value !== undefined && leaf.value !== true) {
      report(`${leaf.operator} tar inget värde; ${JSON.stringify(leaf.value)} skulle inte ändra något.${leaf.operator === 'isAnswered' ? ' Använd isNotAnswered för motsatsen.' : leaf.operator === 'isNotAnswered' ? ' Använd isAnswered för motsatsen.' : ''}`);
    }
    return;
  }
  if (isFactReference(leaf.value)) {
    const other = referenceType(context, leaf.value, pointer);
    if (!other) return;
    const wanted = operator.value === 'same' ? factType.type : operator.value;
    // An answer among the codes another fact lists (`in`), or a list holding the code another answer names (`contains`).
    const listOfCodes = (wanted === 'sameList' && factType.type === 'code' && other.type === 'codeList') || (wanted === 'element' && other.type === 'code');
    const compatible = other.type === wanted || listOfCodes || (dateLike(other.type) && dateLike(String(wanted))) || operator.value === 'any';
    if (!compatible) report(`"${leaf.fact}" (${expectsFactType}) kan inte jämföras med "${leaf.value.fact}" (${TYPE_NAMES[other.type]}) med ${leaf.operator}.`);
    return;
  }
  const value = leaf.value;
  const options = factType.options;
  const optionProblem = (id: unknown) =>
    options && typeof id === 'string' && !options.includes(id)
      ? report(`"${id}" är inget alternativ i "${leaf.fact}". Välj ett av: ${options.join(', ')}.`, 'condition/unknown-option')
      : undefined;
  switch (operator.value) {
    case 'same':
      if (!literalMatches(factType, value)) return report(`"${leaf.fact}" är ${expectsFactType}; värdet ${JSON.stringify(value)} är av annan typ.${quotedLiteralHint(factType, value)}`);
      return optionProblem(value);
    case 'sameList':
      if (Array.isArray(value) && value.length === 0) {
        return report(`${leaf.operator} med en tom lista ${leaf.operator === 'in' ? 'gäller aldrig' : 'gäller alltid'}, så villkoret gör ingenting. Ange minst ett värde i listan.`, 'condition/empty-list');
      }
      if (!Array.isArray(value) || !value.every((item) => literalMatches(factType, item))) {
        return report(`${leaf.operator} behöver en lista med värden av samma typ som "${leaf.fact}" (${expectsFactType}).`);
      }
      value.forEach(optionProblem);
      return;
    case 'element':
      if (typeof value !== 'string') return report(`${leaf.operator} behöver ett alternativs id som värde.`);
      return optionProblem(value);
    case 'icd10Range': {
      const ranges = Array.isArray(value) ? value : [value];
      if (!ranges.every((range) => typeof range === 'string' && parseIcd10Range(range) !== null)) {
        report(`${leaf.operator} behöver ett ICD-10-intervall som "F00-F99" eller en lista av sådana.`);
      }
      return;
    }
    case 'date':
      if (!isIsoDate(value)) report(`${leaf.operator} jämför datum; värdet ${JSON.stringify(value)} är inget datum. Skriv ÅÅÅÅ-MM-DD eller { fact: today }.`);
      return;
    case 'number':
      if (typeof value !== 'number') report(`${leaf.operator} jämför med ett tal; värdet ${JSON.stringify(value)} är inget tal.`);
      return;
    default:
      report(`${leaf.operator} behöver { fact: … } som värde (${TYPE_NAMES[operator.value] ?? operator.value}).`);
  }
}

const SHAPE_KEYS = ['all', 'any', 'not', 'fact'] as const;

function checkShapeOf(context: CheckContext, node: Condition, pointer: Pointer): boolean {
  const present = SHAPE_KEYS.filter((key) => key in node);
  if (present.length === 1 && (present[0] !== 'fact' || 'operator' in node)) {
    if (present[0] === 'fact') return true;
    const extra = Object.keys(node).filter((key) => key !== present[0]);
    if (extra.length === 0) return true;
    context.report(pointer, 'condition/malformed', `Ett villkor med ${present[0]} kan inte också ha ${extra.join(', ')}. Lägg dem i ett eget villkor inuti ${present[0]}.`);
    return false;
  }
  const message = present.length > 1
    ? `Villkoret blandar ${present.join(' och ')}. Ett villkor har antingen all, any eller not, eller fact med operator; kombinera dem med all: [ … ].`
    : present[0] === 'fact'
      ? 'Villkoret saknar operator. Lägg till operator, t.ex. operator: isAnswered.'
      : 'Villkoret saknar fact. Ett villkor har antingen all, any eller not, eller fact med operator.';
  context.report(pointer, 'condition/malformed', message);
  return false;
}

function checkLeaf(context: CheckContext, leaf: Leaf, pointer: Pointer): void {
  const operator = findOperator(leaf.operator);
  if (!operator) {
    context.report([...pointer, 'operator'], 'condition/unknown-operator', `Okänd operator "${leaf.operator}".${didYouMean(leaf.operator, OPERATOR_IDS)} Välj en av: ${OPERATOR_IDS.join(', ')}.`);
    return;
  }
  const segments = leaf.path === undefined ? [] : parsePath(leaf.path);
  if (!segments) {
    context.report([...pointer, 'path'], 'condition/unknown-path', `Sökvägen "${leaf.path}" stöds inte. Använd $.nyckel, $[0] eller en kedja av dem.`);
    return;
  }
  const lookup = describeFact(context.model, leaf.fact, segments);
  if (!lookup.ok) {
    if (lookup.reason === 'unknown-path') context.report([...pointer, 'path'], 'condition/unknown-path', pathProblem(context.model, leaf.fact, leaf.path));
    else context.report([...pointer, 'fact'], 'condition/unknown-fact', unknownFact(context.model, leaf.fact, lookup.reason));
    return;
  }
  checkParams(context, leaf.params, lookup.type, leaf.fact, pointer);
  if (operator.factTypes !== 'any' && !operator.factTypes.includes(lookup.type.type)) {
    const what = `${leaf.fact}${leaf.path ? leaf.path.slice(1) : ''}`;
    const dateOperator = dateLike(lookup.type.type) ? DATE_OPERATOR_FOR[leaf.operator] : undefined;
    const hint = dateOperator ? ` Använd ${dateOperator} för datum.` : '';
    context.report([...pointer, 'operator'], 'condition/type-mismatch', `${leaf.operator} fungerar inte på "${what}" (${TYPE_NAMES[lookup.type.type]}). Den tar ${operator.factTypes.map((type) => TYPE_NAMES[type]).join(', ')}.${hint}`);
    return;
  }
  checkValue(context, leaf, lookup.type, pointer);
}

const check: SemanticCheck = {
  id: 'condition-references',
  description: 'Villkor pekar på fält, delar, alternativ och operatorer som finns, med värden av rätt typ.',
  codes: ['condition/malformed', 'condition/unknown-operator', 'condition/unknown-fact', 'condition/unknown-path', 'condition/unknown-option', 'condition/type-mismatch', 'condition/empty-list'],
  run(context) {
    for (const site of conditionSites(context.model)) {
      forEachNode(site.condition, site.pointer, (node, pointer) => {
        if (checkShapeOf(context, node, pointer) && 'fact' in node) checkLeaf(context, node, pointer);
      });
    }
  },
};

export default check;
