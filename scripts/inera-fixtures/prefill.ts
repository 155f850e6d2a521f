/**
 * certificate-service's prefill files (`integration-test/src/test/resources/prefill/*.xml`,
 * "förifyllnad": svar/delsvar by national question id) → intyg answers, matched through each
 * field's `ref`. CreateCertificateIT creates a draft from each file and expects no validation
 * errors; here the draft is `clean`ed first, as Webcert's form drops answers the rules hide.
 */

import { XMLParser } from 'fast-xml-parser';
import type { CertificateModel, Condition, FieldModel } from '../../src/model/types.js';
import { addDays } from '../../src/util/dates.js';
import { listFiles, readText, type RepoRef } from './git.js';
import type { IneraCase } from '../convert-inera-fixtures.js';

type Node = Record<string, any>;
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The file for each type: `<TYPE>.xml` for version 1, `<TYPE>_V<major>.xml` otherwise (as CreateCertificateIT). */
function fileFor(model: CertificateModel): string {
  const major = model.version.split('.')[0];
  return `${model.code.replace('-', '').toUpperCase()}${major === '1' ? '' : `_V${major}`}.xml`;
}

function scalar(delsvar: Node): unknown {
  if (delsvar.cv) return String(delsvar.cv.code);
  if (delsvar.datePeriod) return { from: String(delsvar.datePeriod.start), to: String(delsvar.datePeriod.end) };
  return delsvar['#text'] === undefined ? '' : String(delsvar['#text']);
}

function typed(field: FieldModel, value: unknown): unknown {
  switch (field.kind) {
    case 'yesNo': case 'checkbox': return value === 'true' ? true : value === 'false' ? false : value;
    case 'integer': return typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    case 'icf': return { text: value };
    default: return value;
  }
}

const ICD10_OIDS = new Set(['1.2.752.116.1.1.1', '1.2.752.116.1.1.1.1.8']);

function diagnosisRow(code: Node | undefined, description: Node | undefined): Record<string, unknown> {
  const system = code?.cv?.codeSystem === undefined ? undefined : ICD10_OIDS.has(String(code.cv.codeSystem)) ? 'icd10se' : String(code.cv.codeSystem);
  return { ...(code ? { code: String(code.cv.code) } : {}), ...(description ? { description: scalar(description) } : {}), ...(system ? { codeSystem: system } : {}) };
}

/** The code system's text for a code (certificate-service fills a missing diagnosis text from it). */
export type CodeTitle = (code: string, codeSystem: string) => string | undefined;

/** Fills `answers` from one `svar` (one instance of a question). */
function readSvar(model: CertificateModel, svar: Node, answers: Record<string, any>, notes: string[], codeTitle: CodeTitle): void {
  const id = String(svar['@_id']);
  const parts = list<Node>(svar.delsvar);
  const byId = new Map(parts.map((part) => [String(part['@_id']), part]));
  const byRef = (ref: string) => model.fields.find((field) => field.ref === ref);
  const main = byRef(id);
  const used = new Set<string>();
  if (main?.kind === 'dateChoices' || main?.kind === 'sickLeavePeriods') {
    const code = byId.get(`${id}.1`);
    const value = byId.get(`${id}.2`);
    if (code) (answers[main.id] ??= {})[String(code.cv.code)] = value ? scalar(value) : '';
    used.add(`${id}.1`).add(`${id}.2`);
  } else if (main?.kind === 'multiChoice') {
    const code = byId.get(`${id}.1`);
    if (code) (answers[main.id] ??= []).push(String(code.cv.code));
    used.add(`${id}.1`);
  } else if (main?.kind === 'rows') {
    const columns = main.props.columns as FieldModel[];
    const row: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      const part = byId.get(`${id}.${index + 1}`);
      if (part) row[column.id] = typed(column, scalar(part));
      used.add(`${id}.${index + 1}`);
    });
    (answers[main.id] ??= []).push(row);
  } else if (main?.kind === 'diagnoses') {
    // One instance per row (58.2 code, 58.1 text), or one answer with pairs (6.2/6.1, 6.4/6.3 …).
    const rows = answers[main.id] ??= [];
    for (let pair = 0; pair < 10; pair += 1) {
      const code = byId.get(`${id}.${2 * pair + 2}`);
      const description = byId.get(`${id}.${2 * pair + 1}`);
      if (!code && !description) continue;
      const row = diagnosisRow(code, description);
      // PrefillCustomDiagnosisListConverter: a code without its text gets the code system's text.
      if (row.description === undefined && typeof row.code === 'string') {
        const title = codeTitle(row.code, String(row.codeSystem ?? main.props.codeSystem));
        if (title) {
          row.description = title;
          notes.push(`diagnos ${row.code} saknar text i filen; kodverkets text "${title}" används, som certificate-service gör`);
        }
      }
      rows.push(row);
      used.add(`${id}.${2 * pair + 2}`).add(`${id}.${2 * pair + 1}`);
    }
  }
  for (const part of parts) {
    const partId = String(part['@_id']);
    if (used.has(partId)) continue;
    // A delsvar is its own question (33.2, 39.4) or the question's answer (29.1, 39.1, 62.5).
    const field = byRef(partId) ?? (main && answers[main.id] === undefined ? main : undefined);
    if (!field) {
      notes.push(`delsvar ${partId} har ingen fråga i ${model.code}; utelämnat`);
      continue;
    }
    answers[field.id] = typed(field, scalar(part));
  }
}

/**
 * certificate-service files a sub-question's answer under its checkbox (ElementMapping); the
 * checkboxes themselves are not in the file. Tick each option whose own question was answered.
 */
function tickShownBy(model: CertificateModel, answers: Record<string, any>, notes: string[]): void {
  for (const field of model.fields) {
    const condition = field.showIf as (Condition & { fact?: string; operator?: string; value?: unknown }) | undefined;
    if (answers[field.id] === undefined || !condition || condition.operator !== 'contains') continue;
    const target = model.fields.find((candidate) => candidate.id === condition.fact);
    if (target?.kind !== 'multiChoice' || typeof condition.value !== 'string') continue;
    const chosen: string[] = (answers[target.id] ??= []);
    if (!chosen.includes(condition.value)) {
      chosen.push(condition.value);
      notes.push(`${target.id}: ${condition.value} kryssat, eftersom frågan ${field.ref ?? field.id} är besvarad (filen anger bara delfrågorna)`);
    }
  }
}

/** CreateCertificateIT replaces `today` and `today±N` with dates before creating the draft. */
function withDates(xml: string, today: string): string {
  return xml.replace(/today([+-]\d+)/g, (_match, offset: string) => addDays(today, Number(offset))).replace(/\btoday\b/g, today);
}

export function convertPrefills(ref: RepoRef, models: ReadonlyMap<string, CertificateModel>, today: string, codeTitle: CodeTitle): Map<string, IneraCase> {
  const dir = 'integration-test/src/test/resources/prefill';
  const files = new Set(listFiles(ref, dir).map((path) => path.slice(dir.length + 1)));
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, trimValues: true });
  const cases = new Map<string, IneraCase>();
  for (const model of [...models.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const name = fileFor(model);
    if (!files.has(name)) continue;
    const notes: string[] = [];
    const answers: Record<string, any> = {};
    const document = parser.parse(withDates(readText(ref, `${dir}/${name}`), today));
    for (const svar of list<Node>(document.forifyllnad?.svar)) readSvar(model, svar, answers, notes, codeTitle);
    tickShownBy(model, answers, notes);
    cases.set(`${model.id}/prefill`, {
      source: { repository: ref.repository, path: `${dir}/${name}`, commit: ref.commit },
      today,
      national: { valid: true, basis: 'CreateCertificateIT#shallReturnCertificateWithPrefilledAnswers' },
      clean: true,
      notes,
      certificate: {
        type: model.id,
        version: model.version,
        status: 'draft',
        patient: { personId: '191212121212' },
        issuer: { hsaId: 'TSTNMT2321000156-DRAA', name: 'Ajla Doktor', profession: 'lakare' },
        unit: { hsaId: 'TSTNMT2321000156-ALMC', name: 'Alfa Medicincentrum', address: 'Storgatan 1', postalCode: '12345', city: 'Småmåla', phone: '0123-456789' },
        answers,
      },
    });
  }
  return cases;
}
