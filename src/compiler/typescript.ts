/**
 * Stage 3b: CertificateModel → TypeScript types for its answers and certificate, with JSDoc
 * taken from labels and help texts. Shared shapes live in generated/common.ts.
 */

import type { CertificateModel, FieldModel } from '../model/types.js';
import { getKind } from '../fields/registry.js';
import { tsBanner } from './banner.js';
import { conditionSentences, fieldConditions } from '../rules/describe/index.js';

export function typeName(id: string): string {
  return id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

/** Texts come from YAML authors; a stray `*\/` must not end the comment early. */
function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n').trim();
}

function jsDoc(lines: string[], indent: string): string {
  const body = lines.flatMap((line) => docText(line).split('\n'));
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** Label, help, when it is shown and required (in words), the kind's own notes (options), tags. */
function fieldDoc(model: CertificateModel, field: FieldModel): string[] {
  const lines = [field.label];
  if (field.help) lines.push('', field.help);
  const sentences = conditionSentences(fieldConditions(model, field));
  if (sentences.length > 0) lines.push('', sentences.join(' '));
  for (const paragraph of getKind(field.kind).tsDoc?.(field) ?? []) lines.push('', paragraph);
  const tags = [`@question ${field.ref ?? field.id}`, `@kind ${field.kind}`];
  if (typeof field.props.maxLength === 'number') tags.push(`@maxLength ${field.props.maxLength}`);
  if (field.props.min !== undefined) tags.push(`@min ${field.props.min}`);
  if (field.props.max !== undefined) tags.push(`@max ${field.props.max}`);
  return [...lines, '', ...tags];
}

export function generateTypes(model: CertificateModel): string {
  const name = typeName(model.id);
  const used = new Set<string>();
  const properties = model.fields
    .filter((field) => getKind(field.kind).hasAnswer)
    .map((field) => {
      const type = getKind(field.kind).tsType(field);
      for (const shared of ['IsoDate', 'UncertainDate', 'DateRange', 'Diagnosis', 'EyeAcuity']) if (type.includes(shared)) used.add(shared);
      return `${jsDoc(fieldDoc(model, field), '  ')}  ${field.id}?: ${type};`;
    });
  const imports = ['CertificateEnvelope', ...[...used].sort()].join(', ');
  return [
    tsBanner(model.file),
    `import type { ${imports} } from './common.js';\n`,
    jsDoc([`${model.name} (${model.code}), version ${model.version}: the answers by field id.`], ''),
    `export interface ${name}Answers {\n${properties.join('\n')}\n}\n`,
    jsDoc([`A ${model.code} certificate payload.`], ''),
    `export type ${name}Certificate = CertificateEnvelope<${JSON.stringify(model.id)}, ${JSON.stringify(model.version)}, ${name}Answers>;\n`,
    `export const ${name}Type = ${JSON.stringify({ type: model.id, version: model.version, code: model.code, name: model.name })} as const;\n`,
  ].join('\n');
}

export function generateIndex(models: readonly CertificateModel[]): string {
  const sorted = [...models].sort((a, b) => a.id.localeCompare(b.id));
  const lines = [tsBanner('definitions/*/definition.yaml'), "export * from './common.js';"];
  for (const model of sorted) {
    const name = typeName(model.id);
    lines.push(`export { type ${name}Answers, type ${name}Certificate, ${name}Type } from './${model.id}.js';`);
    lines.push(`import type { ${name}Certificate } from './${model.id}.js';`);
  }
  lines.push('', '/** Every certificate type this build knows. */');
  lines.push(`export type AnyCertificate = ${sorted.map((model) => `${typeName(model.id)}Certificate`).join(' | ') || 'never'};`);
  lines.push(`export const CERTIFICATE_TYPES = ${JSON.stringify(sorted.map((model) => model.id))} as const;`);
  return `${lines.join('\n')}\n`;
}

export function generateCommon(): string {
  return `${tsBanner('src/compiler/typescript.ts')}
/** A calendar date, \`YYYY-MM-DD\`. */
export type IsoDate = \`\${number}-\${number}-\${number}\`;

/** A date whose month and day may be unknown (\`00\`): \`2021-00-00\`, \`2021-10-00\`. */
export type UncertainDate = \`\${number}-\${number}-\${number}\`;

/** A period; both days are included. */
export interface DateRange {
  from?: IsoDate;
  to?: IsoDate;
}

/** One diagnosis row: a code, its description and the code system (the field's default when left out). */
export interface Diagnosis {
  code?: string;
  description?: string;
  codeSystem?: 'icd10se' | 'ksh97p';
}

/** Visual acuity of one eye, decimal (e.g. 1.0). */
export interface EyeAcuity {
  withoutCorrection?: number;
  withCorrection?: number;
  contactLenses?: boolean;
}

export type CertificateStatus = 'draft' | 'locked' | 'signed' | 'revoked';

export type Profession = 'lakare' | 'tandlakare' | 'sjukskoterska' | 'barnmorska' | 'vardadministrator';

export interface CertificateEnvelope<Type extends string, Version extends string, Answers> {
  type: Type;
  version: Version;
  id?: string;
  status?: CertificateStatus;
  /** When the certificate was signed, \`YYYY-MM-DD\` or \`YYYY-MM-DDTHH:mm\`. */
  signedAt?: string;
  /** When the certificate was sent to its recipient. */
  sentAt?: string;
  /** Personnummer or samordningsnummer, 12 digits. */
  patient: { personId: string };
  issuer?: { hsaId?: string; name?: string; profession?: Profession };
  unit?: { hsaId?: string; name?: string; address?: string; postalCode?: string; city?: string; phone?: string };
  answers: Answers;
}
`;
}
