/**
 * Stage 1b: RawDefinition → shape diagnostics, by validating against the definition's own JSON
 * Schema. ajv's errors are reduced to the one that tells the author what to change.
 */

import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { blockSchema, definitionSchema } from './meta-schema.js';
import { isMap, isPair, isScalar } from 'yaml';
import * as precompiled from './precompiled-validators.js';
import { diagnosticAt, nodeAt, type SourceFile } from './source.js';
import type { PathSegment } from '../util/path.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { findKind } from '../fields/registry.js';

const validators = new Map<string, ReturnType<Ajv2020['compile']>>();

/** The same options the build's ahead-of-time compile uses, so both give the same errors. */
export const META_SCHEMA_AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

function compiled(kind: 'definition' | 'block') {
  let validator = validators.get(kind) ?? (kind === 'block' ? precompiled.blockValidator : precompiled.definitionValidator);
  if (!validator) {
    validator = new Ajv2020(META_SCHEMA_AJV_OPTIONS).compile(kind === 'block' ? blockSchema() : definitionSchema());
    validators.set(kind, validator);
  }
  return validator;
}

function pointerOf(instancePath: string): PathSegment[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The keys allowed where an unknown key was found, for a "did you mean" hint. */
function allowedKeys(raw: unknown, pointer: PathSegment[]): string[] {
  const schema = definitionSchema() as { properties: Record<string, unknown>; $defs: Record<string, { properties?: Record<string, unknown> }> };
  const keysOf = (name: string) => Object.keys(schema.$defs[name].properties ?? {});
  const shape = pointer.map((segment) => (typeof segment === 'number' ? '#' : segment)).join('/');
  if (shape === '') return Object.keys(schema.properties);
  if (shape === 'sections/#') return keysOf('section');
  if (shape === 'rules/#') return keysOf('rule');
  if (shape === 'sections/#/fields/#') {
    let node: unknown = raw;
    for (const segment of pointer) node = (node as Record<string | number, unknown> | undefined)?.[segment];
    const kind = findKind(String((node as { kind?: unknown } | undefined)?.kind));
    return [...keysOf('field'), ...Object.keys(kind?.definitionProperties ?? {})];
  }
  if (/(showIf|hideIf|enabledIf|disabledIf|required|when|all\/#|any\/#|not)$/.test(shape)) return keysOf('condition');
  return [];
}

const NODE_WORDS: Record<string, string> = {
  sections: 'avsnittet', fields: 'fältet', rules: 'regeln', options: 'alternativet', columns: 'kolumnen',
};

/** How a message names the node at a pointer: `fältet "yrke"` rather than `fields[1]`. */
function nodeName(raw: unknown, pointer: PathSegment[]): string {
  if (pointer.length === 0) return 'definitionen';
  const last = pointer[pointer.length - 1];
  if (typeof last !== 'number') return `"${last}"`;
  let node: unknown = raw;
  for (const segment of pointer) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  const id = (node as { id?: unknown } | undefined)?.id;
  const word = NODE_WORDS[String(pointer[pointer.length - 2])];
  if (word && typeof id === 'string') return `${word} "${id}"`;
  return `${String(pointer[pointer.length - 2] ?? '')}[${last}]`;
}

/** å, ä, ö and other letters outside a–z are the commonest reason an id is refused; say so. */
function nonAsciiAdvice(data: unknown): string {
  if (typeof data !== 'string' || !/[^\x00-\x7f]/.test(data)) return '';
  const plain = data.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const suggestion = /^[\x00-\x7f]*$/.test(plain) ? ` Skriv till exempel ${plain}.` : '';
  return ` Å, ä, ö och andra tecken utanför a–z får inte användas i id.${suggestion}`;
}

function idAdvice(pointer: PathSegment[]): string {
  const owner = pointer.length > 2 ? String(pointer[pointer.length - 3]) : pointer.length === 1 ? 'root' : String(pointer[0]);
  if (owner === 'options') return 'Alternativens id skrivs med bokstäver, siffror och understreck och börjar med en bokstav, som de nationella koderna (t.ex. ANNAT, EN_FJARDEDEL).';
  if (owner === 'root' || owner === 'rules') return 'Id för intyg och regler skrivs med små bokstäver, siffror och bindestreck (t.ex. fk7804, langre-an-14-dagar).';
  return 'Id för fält, avsnitt och kolumner skrivs i camelCase och börjar med en liten bokstav (t.ex. baseratPa).';
}

interface Described {
  code: string;
  message: string;
  pointer: PathSegment[];
  key?: boolean;
  /** A key that only has to go for the rest of the definition to be well-formed. */
  remove?: PathSegment[];
}

/**
 * `{ id: X, label: Annan (t.ex. polis, militär) }`: a comma inside `{ }` ends the value, so the
 * rest of the text became a key of its own with no value. Returns the advice, pointing at the
 * value that needs quotes, or null when the unknown key did not come about that way.
 */
function splitByComma(source: SourceFile, raw: unknown, pointer: PathSegment[], key: string): Described | null {
  let owner: unknown = raw;
  for (const segment of pointer) owner = (owner as Record<string | number, unknown> | undefined)?.[segment];
  if ((owner as Record<string, unknown> | undefined)?.[key] !== null) return null;
  const { node, complete } = nodeAt(source, pointer);
  if (!complete || !isMap(node) || !node.flow) return null;
  const index = node.items.findIndex((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  const previous = node.items[index - 1];
  if (index < 1 || !isPair(previous) || !isScalar(previous.key) || !isScalar(previous.value) || typeof previous.value.value !== 'string') return null;
  const previousKey = String(previous.key.value);
  const text = `${previous.value.value}, ${key}`;
  return {
    code: 'yaml/unquoted-comma',
    message: `Kommatecknet i ${previousKey} delar texten inom { }, så "${key}" blev en egen nyckel. Sätt texten inom citattecken: ${previousKey}: "${text}".`,
    pointer: [...pointer, previousKey],
    remove: [...pointer, key],
  };
}

function describe(error: ErrorObject, raw: unknown, source: SourceFile): Described | null {
  const pointer = pointerOf(error.instancePath);
  const where = nodeName(raw, pointer);
  const last = pointer[pointer.length - 1];
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
      const split = splitByComma(source, raw, pointer, key);
      if (split) return split;
      return {
        code: 'definition/unknown-key',
        message: `Okänd nyckel "${key}" i ${where}.${didYouMean(key, allowedKeys(raw, pointer))} Tillåtna nycklar finns i definitions/README.md och generated/definition.schema.json.`,
        pointer: [...pointer, key],
        key: true,
        remove: [...pointer, key],
      };
    }
    case 'required':
      return { code: 'definition/missing-key', message: `Nyckeln "${error.params.missingProperty}" saknas i ${where}. Lägg till den.`, pointer };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      if (last === 'kind') {
        return { code: 'definition/unknown-kind', message: `Okänd fälttyp "${value}".${didYouMean(value, allowed)} Välj en av: ${allowed.join(', ')}.`, pointer };
      }
      if (last === 'operator') {
        return { code: 'condition/unknown-operator', message: `Okänd operator "${value}".${didYouMean(value, allowed)} Välj en av: ${allowed.join(', ')}.`, pointer };
      }
      return { code: 'definition/bad-value', message: `Otillåtet värde ${JSON.stringify(error.data)} för ${where}.${didYouMean(value, allowed)} Välj en av: ${allowed.join(', ')}.`, pointer };
    }
    case 'type':
      return { code: 'definition/wrong-type', message: `${where} ska vara ${typeName(String(error.params.type))}.`, pointer };
    case 'pattern':
      return { code: 'definition/bad-id', message: `${where} har fel form: ${JSON.stringify(error.data)}.${nonAsciiAdvice(error.data)} ${idAdvice(pointer)}`, pointer };
    case 'minItems':
    case 'minProperties':
      return { code: 'definition/empty', message: `${where} får inte vara tom.`, pointer };
    case 'uniqueItems':
      return { code: 'definition/duplicate-value', message: `${where} innehåller samma värde två gånger. Ta bort dubbletten.`, pointer };
    case 'minimum':
    case 'maximum':
      return {
        code: 'definition/bad-value',
        message: `${where} ska vara ${error.keyword === 'minimum' ? 'minst' : 'högst'} ${error.params.limit}, inte ${JSON.stringify(error.data)}.`,
        pointer,
      };
    default:
      return null;
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'en text', integer: 'ett heltal', number: 'ett tal', boolean: 'true eller false',
    array: 'en lista', object: 'en mappning (nyckel: värde)',
  };
  return names[type] ?? type;
}

export function checkShape(source: SourceFile, raw: unknown, kind: 'definition' | 'block' = 'definition'): Diagnostic[] {
  return shapeProblems(source, raw, kind).map((problem) => problem.diagnostic);
}

export interface ShapeProblem {
  diagnostic: Diagnostic;
  code: string;
  /** Where in the raw definition the diagnostic points. */
  pointer: PathSegment[];
  /** An unknown key whose removal fixes the shape. */
  remove?: PathSegment[];
}

/**
 * The definition without the keys the shape check found unknown (misspelled keys, split labels),
 * so the semantic checks can still run and report in the same round. Null when removing them
 * is not all that is wrong.
 */
export function withoutUnknownKeys(raw: unknown, problems: readonly ShapeProblem[]): unknown {
  if (!problems.every((problem) => problem.remove)) return null;
  const copy = structuredClone(raw);
  for (const { remove } of problems) {
    let owner: unknown = copy;
    for (const segment of remove!.slice(0, -1)) owner = (owner as Record<string | number, unknown> | undefined)?.[segment];
    if (owner && typeof owner === 'object') delete (owner as Record<string, unknown>)[String(remove![remove!.length - 1])];
  }
  return copy;
}

export function shapeProblems(source: SourceFile, raw: unknown, kind: 'definition' | 'block' = 'definition'): ShapeProblem[] {
  const validate = compiled(kind);
  if (validate(raw)) return [];
  const errors = validate.errors ?? [];
  // `required: true | condition` fails each branch of its anyOf; one message covers them all.
  const alternatives = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
  // An unknown kind makes every kind-specific key "unevaluated"; the kind error alone is the useful one.
  const badKinds = new Set(errors.filter((error) => error.keyword === 'enum' && error.instancePath.endsWith('/kind')).map((error) => error.instancePath.slice(0, -5)));
  const seen = new Set<string>();
  const diagnostics: ShapeProblem[] = [];
  for (const error of errors) {
    let described: Described | null;
    if (error.keyword === 'anyOf') {
      const pointer = pointerOf(error.instancePath);
      described = { code: 'definition/wrong-type', message: `${nodeName(raw, pointer)} ska vara true, false eller ett villkor ({ fact, operator … } eller all/any/not).`, pointer };
    } else if ([...alternatives].some((path) => error.instancePath === path || error.instancePath.startsWith(`${path}/`))) {
      continue;
    } else if (error.keyword === 'unevaluatedProperties') {
      const key = String(error.params.unevaluatedProperty);
      const pointer = pointerOf(error.instancePath);
      // A key the kind does know is only "unevaluated" because another of its keys is wrong.
      if (badKinds.has(error.instancePath) || allowedKeys(raw, pointer).includes(key)) continue;
      described = describe(error, raw, source);
    } else {
      described = describe(error, raw, source);
    }
    if (!described) continue;
    const key = `${described.code} ${described.pointer.join('/')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({
      diagnostic: diagnosticAt(source, described.pointer, described.code, described.message, { key: described.key }),
      code: described.code, pointer: described.pointer, ...(described.remove ? { remove: described.remove } : {}),
    });
  }
  return diagnostics;
}
