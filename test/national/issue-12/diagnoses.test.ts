/**
 * Issue 12, points 1, 2 and 6, end to end on the real definitions: KSH97-P as Webcert sends it,
 * the full ICD-10-SE list of 2022 (with `--icd10` for a newer one) and the gap row's messages.
 */

import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeTemp } from '../../cli/run-cli.js';
import { at, example, runtime, withAnswers } from './helpers.js';

const TYPES: Array<[string, string]> = [
  ['fk7800', 'valid-ms-minimalt'],
  ['fk7801', 'valid-autism-ny-bedomning'],
  ['fk7802', 'valid-adhd-forlangt-gymnasium'],
  ['fk7804', 'valid-heltid-lumbago'],
  ['ag7804', 'valid-heltid-lumbago'],
];

describe('point 1: primary care can sign with KSH97-P codes as Webcert sends them', () => {
  it.each(TYPES)('%s accepts A00- and A02-P in rows that name KSH97-P', (type, name) => {
    const { certificate, today } = example(type, name);
    for (const code of ['A00-', 'A02-P']) {
      const result = runtime.validate(withAnswers(certificate, { diagnoser: [{ code, description: 'Diagnos ur KSH97-P', codeSystem: 'ksh97p' }] }), { today });
      expect(at(result.errors, 'diagnoser'), `${type} ${code}`).toEqual([]);
    }
  });

  it('still says "Diagnoskod är ej giltig." for a code KSH97-P does not have', () => {
    const { certificate, today } = example('fk7804', 'valid-heltid-lumbago');
    const result = runtime.validate(withAnswers(certificate, { diagnoser: [{ code: 'A99-', description: 'x', codeSystem: 'ksh97p' }] }), { today });
    expect(at(result.errors, 'diagnoser')).toEqual([{ field: 'diagnoser[0].code', code: 'diagnosis-code-invalid', message: 'Diagnoskod är ej giltig. Koden finns inte i KSH97-P.' }]);
  });
});

describe('point 2: the full ICD-10-SE list (Webcert, early 2022)', () => {
  const { certificate, today } = example('fk7804', 'valid-heltid-lumbago');

  it('rejects invented codes with Webcert’s message, naming the list’s year', () => {
    for (const code of ['Q999X', 'S47ABC']) {
      const result = runtime.validate(withAnswers(certificate, { diagnoser: [{ code, description: 'Påhittad' }] }), { today });
      expect(at(result.errors, 'diagnoser'), code).toEqual([
        { field: 'diagnoser[0].code', code: 'diagnosis-code-invalid', message: 'Diagnoskod är ej giltig. Koden finns inte i ICD-10-SE-listan från 2022.' },
      ]);
    }
  });

  it('checks the psychiatric four-position rule against the real list: F32.2 and F20.0 pass without a warning', () => {
    const fk7801 = example('fk7801', 'valid-autism-ny-bedomning');
    for (const code of ['F32.2', 'F20.0']) {
      const result = runtime.validate(withAnswers(fk7801.certificate, { diagnoser: [{ code, description: 'Psykisk diagnos' }] }), { today: fk7801.today });
      expect([...at(result.errors, 'diagnoser'), ...at(result.warnings, 'diagnoser')], code).toEqual([]);
    }
    const f32 = runtime.validate(withAnswers(fk7801.certificate, { diagnoser: [{ code: 'F32', description: 'Depression' }] }), { today: fk7801.today });
    expect(at(f32.errors, 'diagnoser')).toEqual([
      { field: 'diagnoser[0].code', code: 'diagnosis-code-positions', message: 'Ange diagnosrad med minst fyra positioner på en psykisk diagnos.' },
    ]);
  });

  it('gives the code texts to typeaheads (library and command line)', () => {
    expect(runtime.codes.title('F32.2', 'icd10se')).toBe('Svår depressiv episod utan psykotiska symtom');
    const run = runCli(['codes', 'F20.0', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).hits).toEqual([{ code: 'F200', title: 'Paranoid schizofreni' }]);
  });

  it('keeps --icd10 <file> for a newer list, and says the built-in one dates from 2022', () => {
    const { dir, cleanup } = tempDir('icd10');
    try {
      // A code the 2022 list lacks: accepted only with a list that has it.
      const withCode = withAnswers(certificate, { diagnoser: [{ code: 'U14.1', description: 'Ny kod' }] });
      const payload = writeTemp(dir, 'intyg.json', JSON.stringify(withCode));
      const builtIn = runCli(['validate', payload, '--today', today, '--json']);
      expect(builtIn.status).toBe(1);
      expect(JSON.parse(builtIn.stdout).errors[0].message).toBe('Diagnoskod är ej giltig. Koden finns inte i ICD-10-SE-listan från 2022.');
      const list = writeTemp(dir, 'icd10.txt', 'M54.5\tLumbago\nU14.1\tNy kod\n');
      const newer = runCli(['validate', payload, '--today', today, '--icd10', list, '--json']);
      expect(newer.status).toBe(0);
      expect(runCli(['validate', '--help']).stdout).toMatch(/inbyggda är från 2022/);
    } finally {
      cleanup();
    }
  });
});

describe('point 6: diagnosis rows 1 and 3 filled', () => {
  it('puts "Ange diagnoskod." and "Ange diagnosbeskrivning." on row 2', () => {
    const { certificate, today } = example('fk7804', 'valid-heltid-lumbago');
    const row = { code: 'M54.5', description: 'Lumbago' };
    const result = runtime.validate(withAnswers(certificate, { diagnoser: [row, {}, { code: 'F43.8A', description: 'Utmattningssyndrom' }] }), { today });
    expect(at(result.errors, 'diagnoser')).toEqual([
      { field: 'diagnoser[1].code', code: 'diagnosis-code-required', message: 'Ange diagnoskod.' },
      { field: 'diagnoser[1].description', code: 'diagnosis-description-required', message: 'Ange diagnosbeskrivning.' },
    ]);
  });
});
