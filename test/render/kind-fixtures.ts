/**
 * One small certificate type per field kind, for the golden HTML: the kind's keys as YAML and a
 * typical answer. Synthetic on purpose, so the goldens change when printing changes, not when
 * someone edits a real definition or example. A new field kind needs an entry here.
 */

import { compile } from '../../src/compile.js';
import { formatDiagnostic, hasErrors } from '../../src/diagnostics/diagnostic.js';
import { readCompileInput } from '../../src/project.js';
import { createRuntime, type Runtime } from '../../src/runtime/runtime.js';

export interface KindFixture {
  /** The field's own keys, as YAML lines under the field. */
  keys: string;
  answer?: unknown;
  /** More fields after it, e.g. for `message`, which prints nothing itself. */
  extraFields?: string;
  extraAnswers?: Record<string, unknown>;
}

const OPTIONS = `options:
  - { id: FORSTA, label: Första alternativet }
  - { id: ANDRA, label: Andra alternativet med en längre text som kan behöva radbrytas på utskriften }
  - { id: TREDJE, label: Tredje }`;

export const KIND_FIXTURES: Record<string, KindFixture> = {
  checkbox: { keys: 'text: Jag önskar att mottagaren kontaktar mig', answer: true },
  choice: { keys: `display: radio\n${OPTIONS}`, answer: 'ANDRA' },
  date: { keys: 'max: today', answer: '2026-11-18' },
  dateChoices: { keys: OPTIONS, answer: { TREDJE: '2026-11-02', FORSTA: '2026-11-18' } },
  dateRange: { keys: 'fromLabel: Fr.o.m\ntoLabel: T.o.m', answer: { from: '2026-11-18', to: '2026-12-01' } },
  diagnoses: { keys: 'codeSystem: icd10se\nrows: 3', answer: [{ code: 'F438A', description: 'Utmattningssyndrom' }, { code: 'F411', description: 'Generaliserat ångestsyndrom' }] },
  icf: { keys: 'maxLength: 4000\ncollectionsLabel: Svårigheter som påverkar', answer: { text: 'Svårt att hålla fokus & planera; "tappar tråden".', codes: ['b140', 'd230'] } },
  integer: { keys: 'min: 1\nmax: 99\nunit: månader', answer: 3 },
  message: {
    keys: 'level: observe\ntext: Meddelanden till den som skriver intyget skrivs inte ut.',
    extraFields: '- id: kommentar\n  kind: text\n  label: Kommentar',
    extraAnswers: { kommentar: 'Meddelandet ovan syns inte på utskriften.' },
  },
  multiChoice: { keys: OPTIONS, answer: ['FORSTA', 'ANDRA'] },
  rows: {
    keys: `maxRows: 3
rowLabels: [B, C, D]
columns:
  - { id: beskrivning, kind: text, label: Beskrivning, required: true }
  - { id: datum, kind: date, label: Ungefärlig debut }
  - id: specifikation
    kind: choice
    label: Specifikation
    options: [{ id: AKUT, label: Akut }, { id: KRONISK, label: Kronisk }]`,
    answer: [{ beskrivning: 'Hjärtinfarkt', datum: '2026-11-01', specifikation: 'AKUT' }, { beskrivning: 'Kranskärlssjukdom', specifikation: 'KRONISK' }],
  },
  sickLeavePeriods: {
    keys: `options:
  - { id: EN_FJARDEDEL, label: 25 procent, percent: 25 }
  - { id: HALFTEN, label: 50 procent, percent: 50 }
  - { id: HELT_NEDSATT, label: 100 procent, percent: 100 }`,
    answer: { HALFTEN: { from: '2026-12-01', to: '2026-12-20' }, HELT_NEDSATT: { from: '2026-11-18', to: '2026-11-30' } },
  },
  text: { keys: 'maxLength: 50', answer: 'Körkort <b>och</b> pass' },
  textarea: { keys: 'maxLength: 4000', answer: 'Första stycket.\n\nAndra stycket med <script>alert(1)</script> & "citat".' },
  typeahead: { keys: 'codeSystem: kommuner\nmaxLength: 28', answer: 'Göteborg' },
  uncertainDate: { keys: 'yearsBack: 1', answer: '2026-10-00' },
  visualAcuities: { keys: 'min: 0\nmax: 2', answer: { rightEye: { withoutCorrection: 0.8, withCorrection: 1, contactLenses: false }, leftEye: { withoutCorrection: 0.5, withCorrection: 1.2, contactLenses: true }, binocular: { withoutCorrection: 0.8, withCorrection: 1.2 } } },
  yesNo: { keys: 'trueLabel: Ja\nfalseLabel: Nej', answer: false },
};

export const typeIdOf = (kind: string) => `golden-${kind.toLowerCase()}`;

const indent = (text: string, spaces: number) => text.split('\n').map((line) => ' '.repeat(spaces) + line).join('\n');

function definitionYaml(kind: string, fixture: KindFixture): string {
  return `id: ${typeIdOf(kind)}
version: "1.0"
name: Provintyg för ${kind}
code: PROV-${kind.toUpperCase()}
recipient: FKASSA
issuers: [lakare]
delivery: { mode: manual, availableIn1177: false }
unitContact: optional
sections:
  - id: avsnitt
    title: Avsnittets rubrik
    fields:
      - id: svar
        kind: ${kind}
        label: Frågan om ${kind}
${indent(fixture.keys, 8)}
${fixture.extraFields ? indent(fixture.extraFields, 6) : ''}
`;
}

/** A runtime over one synthetic type per fixture, compiled like any project definition. */
export function kindRuntime(): Runtime {
  const base = readCompileInput();
  const definitions = Object.entries(KIND_FIXTURES).map(([kind, fixture]) => ({
    file: `test/render/kind-fixtures/${kind}.yaml`,
    text: definitionYaml(kind, fixture),
  }));
  const result = compile({ ...base, definitions });
  if (hasErrors(result.diagnostics)) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return createRuntime(result.models, base.env.codeSystems);
}

/** A signed certificate of the kind's type, so the issuer block and certificate id print too. */
export function kindCertificate(kind: string): Record<string, unknown> {
  const fixture = KIND_FIXTURES[kind];
  return {
    type: typeIdOf(kind),
    version: '1.0',
    id: `00000000-0000-4000-8000-${String(Object.keys(KIND_FIXTURES).indexOf(kind)).padStart(12, '0')}`,
    status: 'signed',
    signedAt: '2026-11-20T10:15:00+01:00',
    patient: { personId: '191212121212' },
    issuer: { hsaId: 'SE2321000016-9W4S', name: 'Ajla Doktor', profession: 'lakare' },
    unit: { hsaId: 'SE2321000016-1004', name: 'Vårdcentralen Linden', address: 'Lindvägen 12', postalCode: '21110', city: 'Malmö', phone: '040-123 45 67' },
    answers: { ...(fixture.answer === undefined ? {} : { svar: fixture.answer }), ...fixture.extraAnswers },
  };
}
