/**
 * Stage 3b: CertificateModel → TypeScript types for its answers and certificate, with JSDoc
 * taken from labels and help texts. Shared shapes live in generated/common.ts.
 */

import type { CertificateModel, FieldModel } from '../model/types.js';
import { getKind } from '../fields/registry.js';
import { tsBanner } from './banner.js';
import { createCatalog, generatedBaseName, versionSuffix } from '../model/catalog.js';
import { conditionSentences, fieldConditions } from '../rules/describe/index.js';
import { documentKind } from '../documents/registry.js';
import { CARE_PROFESSIONS } from '../model/types.js';
import { CASE_STATUSES } from '../documents/kinds/case.js';

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
  const spec = documentKind(model.document);
  const imports = [spec.envelopeType, ...[...used].sort()].join(', ');
  const certificate = model.document === 'certificate';
  // `Fk7804Certificate` for one version; `Fk7804V1_2Certificate` for a version among several.
  const payload = (version: CertificateModel) => payloadTypeName(version, several ? versionSuffix(version.version) : '');
  const older = current && several ? versions.slice(0, -1) : [];
  const typeConst = JSON.stringify({ type: model.id, version: model.version, code: model.code, name: model.name, ...(certificate ? {} : { document: model.document }) });
  return [
    tsBanner(model.file),
    `import type { ${imports} } from './common.js';\n`,
    ...older.map((version) => `import type { ${payload(version)} } from './${generatedBaseName(version, false)}.js';\n`),
    jsDoc([`${model.name} (${model.code}), version ${model.version}: the answers by field id.`], ''),
    `export interface ${name}Answers {\n${properties.join('\n')}\n}\n`,
    jsDoc([`A ${model.code} ${certificate ? 'certificate' : `${model.document} document`} payload${several ? `, version ${model.version}` : ''}.`], ''),
    `export type ${payload(model)} = ${spec.envelopeType}<${JSON.stringify(model.id)}, ${JSON.stringify(model.version)}, ${name}Answers>;\n`,
    ...(several && current ? [
      jsDoc([`The current version of ${model.code} (${model.version}), by its plain name.`], ''),
      `export type ${base}Answers = ${name}Answers;\nexport type ${payloadTypeName(model)} = ${payload(model)};\n`,
      jsDoc([`A ${model.code} payload in any version this build knows: ${versions.map((version) => version.version).join(', ')}.`], ''),
      `export type ${base}AnyVersion = ${versions.map(payload).join(' | ')};\n`,
    ] : []),
    `export const ${current ? base : name}Type = ${typeConst} as const;\n`,
  ].join('\n');
}

/**
 * `Fk7804Certificate`, `SamtyckeArbetsgivareConsent`, `VardkontaktRehabRegistration`,
 * `Arende1177Case`; with `version` (a version among several) `Fk7804V1_2Certificate`.
 */
export function payloadTypeName(model: Pick<CertificateModel, 'id' | 'document'>, version = ''): string {
  return `${typeName(model.id)}${version}${documentKind(model.document).typeSuffix}`;
}

/** The index: every version's names, `AnyCertificate` over all of them, the types and their versions. */
export function generateIndex(models: readonly CertificateModel[]): string {
  const catalog = createCatalog(models);
  const lines = [tsBanner('definitions/*/definition.yaml'), "export * from './common.js';"];
  const payloads: Array<{ model: CertificateModel; type: string }> = [];
  for (const id of catalog.keys()) {
    const versions = catalog.versionsOf(id);
    const base = typeName(id);
    for (const version of versions) {
      const current = version === versions[versions.length - 1];
      const file = generatedBaseName(version, current);
      const suffix = versions.length > 1 ? versionSuffix(version.version) : '';
      const payload = payloadTypeName(version, suffix);
      const names = [`type ${base}${suffix}Answers`, `type ${payload}`, `${current ? base : `${base}${suffix}`}Type`];
      if (versions.length > 1 && current) names.push(`type ${base}Answers`, `type ${payloadTypeName(version)}`, `type ${base}AnyVersion`);
      lines.push(`export { ${names.join(', ')} } from './${file}.js';`);
      lines.push(`import type { ${payload} } from './${file}.js';`);
      payloads.push({ model: version, type: payload });
    }
  }
  const certificates = payloads.filter(({ model }) => model.document === 'certificate');
  lines.push('', '/** Every certificate type and version this build knows. */');
  lines.push(`export type AnyCertificate = ${certificates.map(({ type }) => type).join(' | ') || 'never'};`);
  lines.push(`export const CERTIFICATE_TYPES = ${JSON.stringify([...catalog.values()].filter((model) => model.document === 'certificate').map((model) => model.id))} as const;`);
  lines.push('/** The versions of each type, oldest first; the last is the current one. */');
  lines.push(`export const CERTIFICATE_VERSIONS = ${JSON.stringify(Object.fromEntries([...catalog.keys()].map((id) => [id, catalog.versionsOf(id).map((model) => model.version)])))} as const;`);
  if (certificates.length !== payloads.length) {
    lines.push('', '/** Every document type this build knows: certificates, consents, registrations and cases. */');
    lines.push(`export type AnyDocument = ${payloads.map(({ type }) => type).join(' | ')};`);
    lines.push(`export const DOCUMENT_TYPES = ${JSON.stringify(Object.fromEntries([...catalog.values()].map((model) => [model.id, model.document])))} as const;`);
  }
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

/** Everyone who may obtain a consent, be responsible for a care contact or handle a case. */
export type CareProfession = ${CARE_PROFESSIONS.map((id) => `'${id}'`).join(' | ')};

export interface CarePerson {
  hsaId?: string;
  name?: string;
  profession?: CareProfession;
}

export interface CareUnit {
  hsaId?: string;
  name?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  phone?: string;
}

/** The patient takes a consent back from \`date\` on: wholly, or for the actors and information listed. */
export interface ConsentWithdrawal<Actor extends string = string, Information extends string = string> {
  date: IsoDate;
  actors?: Actor[];
  information?: Information[];
  note?: string;
}

/** A consent to break confidentiality: obtained on a day by someone, valid a year, withdrawable. */
export interface ConsentEnvelope<Type extends string, Version extends string, Answers> {
  type: Type;
  version: Version;
  id?: string;
  /** The day the consent was obtained; it is valid for a year from then. */
  obtainedOn?: IsoDate;
  patient: { personId: string };
  obtainedBy?: CarePerson;
  unit?: CareUnit;
  withdrawals?: ConsentWithdrawal[];
  answers: Answers;
}

/** A registered care contact: no signature, no recipient, a contact date. */
export interface RegistrationEnvelope<Type extends string, Version extends string, Answers> {
  type: Type;
  version: Version;
  id?: string;
  /** The day of the care contact. */
  contactDate?: IsoDate;
  patient: { personId: string };
  /** Who was responsible for the contact; \`rehabCoordinator\` when it was the rehab coordinator's. */
  performedBy?: CarePerson & { rehabCoordinator?: boolean };
  unit?: CareUnit;
  answers: Answers;
}

export type CaseStatus = ${CASE_STATUSES.map((id) => `'${id}'`).join(' | ')};

/** A case from 1177 e-tjänster: received, replied to within two working days, closed. */
export interface CaseEnvelope<Type extends string, Version extends string, Answers> {
  type: Type;
  version: Version;
  id?: string;
  /** When the case came in, \`YYYY-MM-DDTHH:mm\` (Swedish time) or with an offset. */
  receivedAt?: string;
  status?: CaseStatus;
  /** When the citizen got the first reply of any kind (partial reply, counter-question, answer, closing). */
  firstReplyAt?: string;
  patient: { personId: string };
  handledBy?: CarePerson;
  unit?: CareUnit;
  answers: Answers;
}
`;
}
