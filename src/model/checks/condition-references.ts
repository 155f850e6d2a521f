/**
 * Every condition names a fact, path and operator that exist, and compares the fact with a
 * value of the right type: no date compared with a number, no option id the field lacks.
 */
import type { SemanticCheck, CheckContext } from './check.js';
import { conditionSites, forEachLeaf } from '../conditions.js';
import { contextPaths, describeFact } from '../facts.js';
import { findOperator, OPERATOR_IDS } from '../../rules/operators/index.js';
import { isFactReference } from '../../rules/condition.js';
import { parsePath } from '../../util/path.js';
import { isIsoDate } from '../../util/dates.js';
import { parseIcd10Range } from '../../codesystems/icd10.js';
import type { ValueType } from '../../fields/kind.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { CONTEXT_FACTS } from '../types.js';
import type { CertificateModel, Condition, Pointer } from '../types.js';

type Leaf = Extract<Condition, { fact: string }>;

const TYPE_NAMES: Record<string, string> = {
  text: 'en text', boolean: 'ja/nej', number: 'ett tal', date: 'ett datum', code: 'ett alternativ',
  codeList: 'en lista med alternativ', dateMap: 'datum per alternativ', dateRange: 'en period',
  periods: 'perioder', diagnoses: 'diagnoser', diagnosis: 'en diagnosrad', rows: 'rader', row: 'en rad',
  uncertainDate: 'ett osäkert datum', object: 'ett objekt',
};

const dateLike = (type: string) => type === 'date' || type === 'uncertainDate';

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

function referenceType(model: CertificateModel, value: unknown, report: (message: string, code?: string) => void): ValueType | null {
  if (!isFactReference(value)) return null;
  const segments = value.path ? parsePath(value.path) : [];
  if (!segments) {
    report(`Sökvägen "${value.path}" stöds inte. Använd $.nyckel, $[0] eller en kedja av dem.`, 'condition/unknown-path');
    return null;
  }
  const lookup = describeFact(model, value.fact, segments);
  if (!lookup.ok) {
    report(lookup.reason === 'unknown-path' ? `Fältet "${value.fact}" har ingen del "${value.path}".` : `Okänt fält "${value.fact}" i value.`, lookup.reason === 'unknown-path' ? 'condition/unknown-path' : 'condition/unknown-fact');
    return null;
  }
  return lookup.type;
}

function checkValue(context: CheckContext, leaf: Leaf, factType: ValueType, pointer: Pointer): void {
  const operator = findOperator(leaf.operator)!;
  const at = [...pointer, 'value'];
  const report = (message: string, code = 'condition/type-mismatch') => context.report(at, code, message);
  const expectsFactType = TYPE_NAMES[factType.type];
  if (isFactReference(leaf.value)) {
    const other = referenceType(context.model, leaf.value, report);
    if (!other) return;
    const wanted = operator.value === 'same' ? factType.type : operator.value;
    const compatible = other.type === wanted || (dateLike(other.type) && dateLike(String(wanted))) || operator.value === 'any';
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
    case 'none':
      return;
    case 'same':
      if (!literalMatches(factType, value)) return report(`"${leaf.fact}" är ${expectsFactType}; värdet ${JSON.stringify(value)} är av annan typ.`);
      return optionProblem(value);
    case 'sameList':
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

function checkLeaf(context: CheckContext, leaf: Leaf, pointer: Pointer): void {
  if ('all' in leaf || 'any' in leaf || 'not' in leaf || typeof leaf.fact !== 'string' || typeof leaf.operator !== 'string') {
    context.report(pointer, 'condition/malformed', 'Ett villkor har antingen all, any eller not, eller både fact och operator.');
    return;
  }
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
    if (lookup.reason === 'unknown-path') {
      const hint = contextPaths(leaf.fact).length ? ` Tillgängliga: ${contextPaths(leaf.fact).join(', ')}.` : '';
      context.report([...pointer, 'path'], 'condition/unknown-path', `Fältet "${leaf.fact}" har ingen del "${leaf.path}".${hint}`);
    } else {
      const names = [...context.model.fields.map((field) => field.id), ...CONTEXT_FACTS];
      const why = lookup.reason === 'no-answer' ? `"${leaf.fact}" är ett meddelande och har inget svar.` : `Okänt fält "${leaf.fact}".${didYouMean(leaf.fact, names)}`;
      context.report([...pointer, 'fact'], 'condition/unknown-fact', `${why} Ange ett fält-id ur definitionen eller today, patient, issuer, unit.`);
    }
    return;
  }
  if (operator.factTypes !== 'any' && !operator.factTypes.includes(lookup.type.type)) {
    context.report([...pointer, 'operator'], 'condition/type-mismatch', `${leaf.operator} fungerar inte på "${leaf.fact}${leaf.path ? leaf.path.slice(1) : ''}" (${TYPE_NAMES[lookup.type.type]}). Den tar ${operator.factTypes.map((type) => TYPE_NAMES[type]).join(', ')}.`);
    return;
  }
  checkValue(context, leaf, lookup.type, pointer);
}

const check: SemanticCheck = {
  id: 'condition-references',
  description: 'Villkor pekar på fält, delar, alternativ och operatorer som finns, med värden av rätt typ.',
  codes: ['condition/malformed', 'condition/unknown-operator', 'condition/unknown-fact', 'condition/unknown-path', 'condition/unknown-option', 'condition/type-mismatch'],
  run(context) {
    for (const site of conditionSites(context.model)) {
      forEachLeaf(site.condition, site.pointer, (leaf, pointer) => checkLeaf(context, leaf, pointer));
    }
  },
};

export default check;
