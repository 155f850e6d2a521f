/**
 * Stage 1b: RawDefinition → shape diagnostics, by validating against the definition's own JSON
 * Schema. ajv's errors are reduced to the one that tells the author what to change.
 */

import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { definitionSchema } from './meta-schema.js';
import { diagnosticAt, type SourceFile } from './source.js';
import type { PathSegment } from '../util/path.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { findKind, FIELD_KINDS } from '../fields/registry.js';

let validator: ReturnType<Ajv2020['compile']> | undefined;

function compiled() {
  validator ??= new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(definitionSchema());
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

function describe(error: ErrorObject, raw: unknown): { code: string; message: string; pointer: PathSegment[]; key?: boolean } | null {
  const pointer = pointerOf(error.instancePath);
  const last = pointer[pointer.length - 1];
  const where = pointer.length === 0 ? 'definitionen' : typeof last === 'number' ? `${String(pointer[pointer.length - 2] ?? '')}[${last}]` : `"${last}"`;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
      return {
        code: 'definition/unknown-key',
        message: `Okänd nyckel "${key}".${didYouMean(key, allowedKeys(raw, pointer))} Tillåtna nycklar finns i definitions/README.md och generated/definition.schema.json.`,
        pointer: [...pointer, key],
        key: true,
      };
    }
    case 'required':
      return {
        code: 'definition/missing-key',
        message: `Nyckeln "${error.params.missingProperty}" saknas i ${where}. Lägg till den.`,
        pointer,
      };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String).join(', ');
      const isKind = pointer[pointer.length - 1] === 'kind';
      return {
        code: isKind ? 'definition/unknown-kind' : 'definition/bad-value',
        message: isKind
          ? `Okänd fälttyp "${String(error.data)}".${didYouMean(String(error.data), FIELD_KINDS.map((kind) => kind.kind))} Välj en av: ${allowed}.`
          : `Otillåtet värde för ${where}. Välj en av: ${allowed}.`,
        pointer,
      };
    }
    case 'type':
      return { code: 'definition/wrong-type', message: `${where} ska vara ${typeName(String(error.params.type))}.`, pointer };
    case 'pattern':
      return {
        code: 'definition/bad-id',
        message: `${where} har fel form. Id för fält och avsnitt skrivs i camelCase (t.ex. baseratPa), id för intyg och regler med små bokstäver och bindestreck (t.ex. langre-an-14-dagar).`,
        pointer,
      };
    case 'minItems':
    case 'minProperties':
      return { code: 'definition/empty', message: `${where} får inte vara tom.`, pointer };
    case 'uniqueItems':
      return { code: 'definition/duplicate-value', message: `${where} innehåller samma värde två gånger.`, pointer };
    case 'minimum':
    case 'maximum':
      return { code: 'definition/bad-value', message: `${where} ${error.message}.`, pointer };
    default:
      return null;
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'en text', integer: 'ett heltal', number: 'ett tal', boolean: 'true eller false',
    array: 'en lista', object: 'en mappning (nyckel: värde)', 'boolean,object': 'true, false eller ett villkor',
  };
  return names[type] ?? type;
}

export function checkShape(source: SourceFile, raw: unknown): Diagnostic[] {
  const validate = compiled();
  if (validate(raw)) return [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const errors = validate.errors ?? [];
  // An unknown kind makes every kind-specific key "unevaluated"; the kind error alone is the useful one.
  const badKinds = new Set(errors.filter((e) => e.keyword === 'enum' && e.instancePath.endsWith('/kind')).map((e) => e.instancePath.slice(0, -5)));
  for (const error of errors) {
    if (error.keyword === 'unevaluatedProperties' && badKinds.has(error.instancePath)) continue;
    // `required: true | condition` fails both branches of its anyOf; say it once.
    if (error.schemaPath.includes('/anyOf/') && error.keyword !== 'anyOf') continue;
    const described = error.keyword === 'anyOf'
      ? { code: 'definition/wrong-type', message: `"${pointerOf(error.instancePath).pop()}" ska vara true, false eller ett villkor.`, pointer: pointerOf(error.instancePath) }
      : describe(error, raw);
    if (!described) continue;
    const key = `${described.code} ${described.pointer.join('/')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnosticAt(source, described.pointer, described.code, described.message, { key: described.key }));
  }
  return diagnostics;
}
