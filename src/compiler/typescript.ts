/**
 * Stage 3b: CertificateModel → TypeScript types for its answers and certificate, with JSDoc
 * taken from labels and help texts. Shared shapes live in generated/common.ts.
 */

import type { CertificateModel, FieldModel } from '../model/types.js';
import { getKind } from '../fields/registry.js';
import { tsBanner } from './banner.js';
import { createCatalog, generatedBaseName, versionSuffix } from '../model/catalog.js';
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

/**
 * One version's types. A type with one version keeps its plain names (`Fk7804Answers`). With
 * several, each version has its own (`Fk7804V1_2Answers` in `fk7804.v1.2.ts`), and the current
 * version's file also gives the plain names as aliases of its own plus `<Name>AnyVersion`.
 * `versions` are all versions of the type, oldest first; the last is the current one.
 */
export function generateTypes(model: CertificateModel, versions: readonly CertificateModel[] = [model]): string {
  const base = typeName(model.id);
  const several = versions.length > 1;
  const current = versions[versions.length - 1] === model;
  const name = several ? `${base}${versionSuffix(model.version)}` : base;
  const used = new Set<string>();
  const properties = model.fields
    .filter((field) => getKind(field.kind).hasAnswer)
    .map((field) => {
      const type = getKind(field.kind).tsType(field);
      for (const shared of ['IsoDate', 'UncertainDate', 'DateRange', 'Diagnosis', 'EyeAcuity']) if (type.includes(shared)) used.add(shared);
      return `${jsDoc(fieldDoc(model, field), '  ')}  ${field.id}?: ${type};`;
    });
  const imports = ['CertificateEnvelope', ...[...used].sort()].join(', ');
  const older = current && several ? versions.slice(0, -1) : [];
  const typeConst = JSON.stringify({ type: model.id, version: model.version, code: model.code, name: model.name });
  return [
    tsBanner(model.file),
    `import type { ${imports} } from './common.js';\n`,
    ...older.map((version) => `import type { ${base}${versionSuffix(version.version)}Certificate } from './${generatedBaseName(version, false)}.js';\n`),
    jsDoc([`${model.name} (${model.code}), version ${model.version}: the answers by field id.`], ''),
    `export interface ${name}Answers {\n${properties.join('\n')}\n}\n`,
    jsDoc([`A ${model.code} certificate payload${several ? `, version ${model.version}` : ''}.`], ''),
    `export type ${name}Certificate = CertificateEnvelope<${JSON.stringify(model.id)}, ${JSON.stringify(model.version)}, ${name}Answers>;\n`,
    ...(several && current ? [
      jsDoc([`The current version of ${model.code} (${model.version}), by its plain name.`], ''),
      `export type ${base}Answers = ${name}Answers;\nexport type ${base}Certificate = ${name}Certificate;\n`,
      jsDoc([`A ${model.code} certificate in any version this build knows: ${versions.map((version) => version.version).join(', ')}.`], ''),
      `export type ${base}AnyVersion = ${versions.map((version) => `${base}${versionSuffix(version.version)}Certificate`).join(' | ')};\n`,
    ] : []),
    `export const ${current ? base : name}Type = ${typeConst} as const;\n`,
  ].join('\n');
}

/** The index: every version's names, `AnyCertificate` over all of them, the types and their versions. */
export function generateIndex(models: readonly CertificateModel[]): string {
  const catalog = createCatalog(models);
  const lines = [tsBanner('definitions/*/definition.yaml'), "export * from './common.js';"];
  const certificates: string[] = [];
  for (const id of catalog.keys()) {
    const versions = catalog.versionsOf(id);
    const base = typeName(id);
    for (const version of versions) {
      const current = version === versions[versions.length - 1];
      const file = generatedBaseName(version, current);
      const name = versions.length > 1 ? `${base}${versionSuffix(version.version)}` : base;
      const names = [`type ${name}Answers`, `type ${name}Certificate`, `${current ? base : name}Type`];
      if (versions.length > 1 && current) names.push(`type ${base}Answers`, `type ${base}Certificate`, `type ${base}AnyVersion`);
      lines.push(`export { ${names.join(', ')} } from './${file}.js';`);
      lines.push(`import type { ${name}Certificate } from './${file}.js';`);
      certificates.push(`${name}Certificate`);
    }
  }
  lines.push('', '/** Every certificate type and version this build knows. */');
  lines.push(`export type AnyCertificate = ${certificates.join(' | ') || 'never'};`);
  lines.push(`export const CERTIFICATE_TYPES = ${JSON.stringify([...catalog.keys()])} as const;`);
  lines.push('/** The versions of each type, oldest first; the last is the current one. */');
  lines.push(`export const CERTIFICATE_VERSIONS = ${JSON.stringify(Object.fromEntries([...catalog.keys()].map((id) => [id, catalog.versionsOf(id).map((model) => model.version)])))} as const;`);
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
