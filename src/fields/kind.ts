/**
 * The contract of a field kind. A kind owns everything about its answers: the keys it accepts
 * in YAML, the JSON Schema and TypeScript type of its answer, the built-in validations with the
 * national messages, what conditions may read from it, and how it prints. Adding a kind means
 * adding one file to `kinds/` and one line to the registry.
 */

import type { FieldModel } from '../model/types.js';
import type { PathSegment } from '../util/path.js';
import type { CodeSystems } from '../codesystems/types.js';
import type { Icd10Checker } from '../codesystems/types.js';
import type { Arbitrary, ArbitraryApi } from './arbitrary.js';
import type { Predicate } from '../rules/operator.js';

export type JsonSchema = Record<string, unknown>;

/** What a condition reads at a path: used to reject a date compared with a number at compile time. */
export type ValueTypeName =
  | 'text' | 'boolean' | 'number' | 'date' | 'code' | 'codeList' | 'dateMap' | 'dateRange'
  | 'periods' | 'diagnoses' | 'diagnosis' | 'rows' | 'row' | 'uncertainDate' | 'object';

export interface ValueType {
  type: ValueTypeName;
  /** Option ids a `code`/`codeList` may hold, when the definition lists them. */
  options?: readonly string[];
}

export interface Issue {
  field: string;
  code: string;
  message: string;
}

/** Per-validation state handed to answer validators. */
export interface RunContext {
  today: string;
  /** The patient's birth date from the personnummer; undefined when it cannot be read. */
  birthDate?: string;
  /** The signing date (`signedAt`), or `today` for a draft. */
  signingDate?: string;
  errors: Issue[];
  warnings: Issue[];
  icd10: Icd10Checker;
}

/** Validates one answered value; reports through `run`. `path` is the field's result path. */
export type AnswerValidator = (value: unknown, path: string, run: RunContext) => void;

export interface KindEnvironment {
  codeSystems: CodeSystems;
}

/**
 * How conditions on an answer read in Swedish (src/rules/describe/). Every key is optional: the
 * defaults are the field's label, `ifylld`, `vald`, `är` and the value as written.
 */
export interface AnswerWording {
  /** What the path names inside the answer: `”annat”`, `”Fr.o.m.” för ”50 procent”`, `rad B`. */
  part?: string;
  /** Participle for "given": `ifylld` (text, dates), `besvarad` (choices), `ikryssad` (boxes). */
  answered?: string;
  /** Participle for a chosen option of a list: `ikryssad` for a row of checkboxes. */
  chosen?: string;
  /** How the answer is said to have a value: `är besvarad med` (choices, Ja/Nej). */
  is?: string;
  /** A value of this answer in words, quoted where it is a label: an option's label, Ja/Nej. */
  value?(value: unknown): string | undefined;
  /** A better predicate for `equal <value>`: a checkbox's `true` is "är ikryssad". */
  equals?(value: unknown): Predicate | undefined;
}

/** What a printout may look up while printing an answer: the code system's text for a code. */
export interface PrintContext {
  codeTitle?(code: string, codeSystem: string): string | undefined;
}

/** A compile-time problem a kind finds in its own keys; `at` is relative to the field. */
export interface KindProblem {
  code: string;
  message: string;
  at: PathSegment[];
}

export interface FieldKind {
  kind: string;
  description: string;
  /** Message kinds have no answer and no entry in `answers`. */
  hasAnswer: boolean;
  /** JSON Schema of the kind's own keys in definition.yaml. */
  definitionProperties: Record<string, JsonSchema>;
  requiredProperties?: string[];
  answerSchema(field: FieldModel, env: KindEnvironment): JsonSchema;
  tsType(field: FieldModel): string;
  describe(field: FieldModel, path: readonly PathSegment[]): ValueType | undefined;
  isAnswered(value: unknown): boolean;
  /**
   * What conditions see of an answer, when that differs from the answer: a malformed date is
   * reported by the validator and must not feed the rules too (a certain date `2026-01-00` would
   * otherwise compare as an uncertain one). Default: the answer itself.
   */
  factValue?(value: unknown): unknown;
  /** Free-text kinds: a non-empty answer of only whitespace (counts as unanswered). */
  isBlank?(value: unknown): boolean;
  requiredMessage: string;
  createValidator(field: FieldModel, env: KindEnvironment): AnswerValidator;
  printable(field: FieldModel, value: unknown, context?: PrintContext): string;
  /** Conditions on the answer (or the part at `path`) in Swedish; see AnswerWording. */
  wording?(field: FieldModel, path: readonly PathSegment[]): AnswerWording;
  /** Extra paragraphs for the generated TypeScript's JSDoc, e.g. the options' labels. */
  tsDoc?(field: FieldModel): string[];
  /** A second label printed above the answer (a checkbox's own text), as the national printout does. */
  printLabel?(field: FieldModel): string | undefined;
  check?(field: FieldModel, env: KindEnvironment): KindProblem[];
  arbitrary?(field: FieldModel, fc: ArbitraryApi, env: KindEnvironment): Arbitrary<unknown>;
}

/** The field's override for an issue code, else the built-in national wording. */
export function messageFor(field: FieldModel, code: string, fallback: string): string {
  return field.messages[code] ?? fallback;
}

export function typeIssue(path: string): Issue {
  return { field: path, code: 'invalid-type', message: 'Svaret har fel format.' };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
