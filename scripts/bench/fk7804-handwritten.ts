/**
 * FK7804's rules written by hand in plain JavaScript, the way a team without a rule engine would:
 * the benchmark's upper reference. The bench checks that it reports the same issues as the
 * runtime on every payload, so the comparison is between equal amounts of work.
 */

import type { Icd10Checker } from '../../src/codesystems/types.js';

type Issue = { field: string; code: string };
type Answers = Record<string, any>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OPTIONS_BASERAT = new Set(['FYSISKUNDERSOKNING', 'DIGITALUNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT']);
const OPTIONS_SYSSELSATTNING = new Set(['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'FORALDRALEDIG', 'STUDIER']);
const DEGREES = new Set(['EN_FJARDEDEL', 'HALFTEN', 'TRE_FJARDEDEL', 'HELT_NEDSATT']);
const PROGNOSES = new Set(['STOR_SANNOLIKHET', 'ATER_X_ANTAL_MANADER', 'SANNOLIKT_INTE', 'PROGNOS_OKLAR']);
const FIELDS = new Set([
  'smittbararpenning', 'baseratPa', 'annatBeskrivning', 'sysselsattning', 'yrkeOchArbetsuppgifter', 'diagnoser',
  'funktionsnedsattning', 'aktivitetsbegransning', 'pagaendeBehandling', 'sjukskrivning', 'forlangningFmb',
  'transportArbetsplats', 'ojamnArbetstid', 'ojamnArbetstidMotivering', 'prognos', 'prognosManader',
  'prognosBeskrivning', 'atgarder', 'ovrigt', 'kontaktFk', 'kontaktAnledning',
]);

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const tooLong = (v: string, max: number) => v.length > max && [...v].length > max;
const validDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const addDays = (v: string, n: number) => new Date(Date.parse(`${v}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function checkFk7804(certificate: any, today: string, icd10: Icd10Checker) {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const info: Issue[] = [];
  const a: Answers = certificate.answers;
  const unit = certificate.unit ?? {};
  for (const key of ['address', 'postalCode', 'city', 'phone']) if (!filled(unit[key])) errors.push({ field: `unit.${key}`, code: 'required' });
  for (const key of Object.keys(a)) if (!FIELDS.has(key)) errors.push({ field: key, code: 'unknown-field' });

  const smitta = a.smittbararpenning === true;
  const periods = a.sjukskrivning && typeof a.sjukskrivning === 'object' ? a.sjukskrivning : {};
  const partTime = ['HALFTEN', 'TRE_FJARDEDEL', 'EN_FJARDEDEL'].some((d) => periods[d] && Object.values(periods[d]).some(filled));
  const shown: Record<string, boolean> = {
    smittbararpenning: true, diagnoser: true, sjukskrivning: true, ovrigt: true, ojamnArbetstid: partTime,
    baseratPa: !smitta, sysselsattning: !smitta, funktionsnedsattning: !smitta, aktivitetsbegransning: !smitta,
    pagaendeBehandling: !smitta, forlangningFmb: !smitta, transportArbetsplats: !smitta, prognos: !smitta,
    atgarder: !smitta, kontaktFk: !smitta,
  };
  shown.annatBeskrivning = shown.baseratPa && filled(a.baseratPa?.ANNAT);
  shown.yrkeOchArbetsuppgifter = shown.sysselsattning && Array.isArray(a.sysselsattning) && a.sysselsattning.includes('NUVARANDE_ARBETE');
  shown.ojamnArbetstidMotivering = partTime && a.ojamnArbetstid === true;
  shown.prognosManader = shown.prognos && a.prognos === 'ATER_X_ANTAL_MANADER';
  shown.prognosBeskrivning = shown.prognos && a.prognos === 'PROGNOS_OKLAR';
  shown.kontaktAnledning = shown.kontaktFk && a.kontaktFk === true;
  const required = new Set(['baseratPa', 'annatBeskrivning', 'sysselsattning', 'yrkeOchArbetsuppgifter', 'diagnoser', 'funktionsnedsattning', 'aktivitetsbegransning', 'sjukskrivning', 'ojamnArbetstid', 'ojamnArbetstidMotivering', 'prognos', 'prognosManader', 'prognosBeskrivning']);

  const ICF = new Set(['funktionsnedsattning', 'aktivitetsbegransning']);
  const answered = (id: string) => {
    const v = a[id];
    if (ICF.has(id)) return v !== undefined && (typeof v !== 'object' || v === null || filled(v.text));
    if (v === undefined || v === '' || (typeof v === 'string' && !v.trim())) return false;
    if (Array.isArray(v)) return id === 'diagnoser' ? v.some((r) => filled(r?.code) || filled(r?.description)) : v.length > 0;
    if (v && typeof v === 'object') return Object.keys(v).length > 0;
    return !(v === false && (id === 'smittbararpenning' || id === 'transportArbetsplats' || id === 'kontaktFk'));
  };
  for (const id of FIELDS) {
    if (!shown[id]) {
      if (answered(id)) errors.push({ field: id, code: 'not-applicable' });
      continue;
    }
    if (!answered(id)) {
      if (required.has(id)) errors.push({ field: id, code: 'required' });
      continue;
    }
    const v = a[id];
    switch (id) {
      case 'baseratPa':
        for (const [k, d] of Object.entries(v)) {
          if (!OPTIONS_BASERAT.has(k)) errors.push({ field: `baseratPa.${k}`, code: 'unknown-option' });
          else if (!validDate(d)) errors.push({ field: `baseratPa.${k}`, code: 'invalid-date' });
          else if (d > today) errors.push({ field: `baseratPa.${k}`, code: 'date-max' });
        }
        break;
      case 'sysselsattning':
        v.forEach((o: string, i: number) => {
          if (!OPTIONS_SYSSELSATTNING.has(o)) errors.push({ field: `sysselsattning[${i}]`, code: 'unknown-option' });
          else if (v.indexOf(o) < i) errors.push({ field: `sysselsattning[${i}]`, code: 'duplicate' });
        });
        break;
      case 'diagnoser': {
        let last = -1;
        v.forEach((r: any, i: number) => { if (filled(r?.code) || filled(r?.description)) last = i; });
        // An empty top row under filled rows is the one error; a gap further down gets both halves' messages.
        if (last > 0 && !(filled(v[0]?.code) || filled(v[0]?.description))) {
          errors.push({ field: 'diagnoser[0]', code: 'order' });
          break;
        }
        v.forEach((r: any, i: number) => {
          if (!(filled(r?.code) || filled(r?.description)) && i > last) return;
          if (!filled(r.code)) errors.push({ field: `diagnoser[${i}].code`, code: 'diagnosis-code-required' });
          else {
            const status = icd10.check(r.code).status;
            if (status === 'invalid') errors.push({ field: `diagnoser[${i}].code`, code: 'diagnosis-code-invalid' });
            else if (status === 'unverified') warnings.push({ field: `diagnoser[${i}].code`, code: 'diagnosis-code-unverified' });
          }
          if (!filled(r.description)) errors.push({ field: `diagnoser[${i}].description`, code: 'diagnosis-description-required' });
        });
        break;
      }
      case 'sjukskrivning': {
        const complete: Array<{ id: string; from: string; to: string }> = [];
        let bad = false;
        for (const [d, r] of Object.entries<any>(v)) {
          if (!DEGREES.has(d)) { errors.push({ field: `sjukskrivning.${d}`, code: 'unknown-option' }); bad = true; continue; }
          for (const end of ['from', 'to']) {
            if (r?.[end] === undefined) { errors.push({ field: `sjukskrivning.${d}.${end}`, code: 'required' }); bad = true; }
            else if (!validDate(r[end])) { errors.push({ field: `sjukskrivning.${d}.${end}`, code: 'invalid-date' }); bad = true; }
          }
          if (!bad && r.to < r.from) { errors.push({ field: `sjukskrivning.${d}`, code: 'period-order' }); bad = true; }
          if (!bad) complete.push({ id: d, from: r.from, to: r.to });
        }
        if (!bad) {
          complete.sort((x, y) => (x.from < y.from ? -1 : 1));
          for (let i = 1; i < complete.length; i += 1) {
            if (complete.slice(0, i).some((p) => (p.to < complete[i].to ? p.to : complete[i].to) >= complete[i].from)) errors.push({ field: `sjukskrivning.${complete[i].id}`, code: 'overlap' });
          }
        }
        const weekAgo = addDays(today, -7);
        if (Object.values<any>(v).some((r) => validDate(r?.from) && r.from < weekAgo)) warnings.push({ field: 'tidigtStartdatum', code: 'tidigtStartdatum' });
        // The under-15-days text is the send dialog's, not validation's (issue 12).
        break;
      }
      case 'prognos':
        if (!PROGNOSES.has(v)) errors.push({ field: id, code: 'unknown-option' });
        break;
      case 'prognosManader':
        if (!Number.isInteger(v)) errors.push({ field: id, code: 'invalid-type' });
        else if (v < 1 || v > 99) errors.push({ field: id, code: 'out-of-range' });
        break;
      case 'annatBeskrivning':
        if (typeof v !== 'string') errors.push({ field: id, code: 'invalid-type' });
        else if (tooLong(v, 50)) errors.push({ field: id, code: 'max-length' });
        break;
      case 'funktionsnedsattning': case 'aktivitetsbegransning':
        if (!v || typeof v !== 'object' || typeof v.text !== 'string') errors.push({ field: id, code: 'invalid-type' });
        else if (tooLong(v.text, 4000)) errors.push({ field: `${id}.text`, code: 'max-length' });
        else if (Array.isArray(v.codes) && v.codes.some((c: unknown) => typeof c !== 'string' || !/^[bdes][0-9]{1,5}$/.test(c))) errors.push({ field: id, code: 'invalid-type' });
        break;
      case 'smittbararpenning': case 'transportArbetsplats': case 'kontaktFk': case 'ojamnArbetstid':
        if (typeof v !== 'boolean') errors.push({ field: id, code: 'invalid-type' });
        break;
      default:
        if (typeof v !== 'string') errors.push({ field: id, code: 'invalid-type' });
        else if (tooLong(v, 4000)) errors.push({ field: id, code: 'max-length' });
    }
  }
  return { valid: errors.length === 0, errors, warnings, info };
}
