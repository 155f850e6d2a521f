/**
 * Dödsbevis (`db`) and Dödsorsaksintyg (`doi`), legacy module v1: the JSON keys are intyg's field
 * ids already (the definitions follow RespConstants), so the mapping is mostly one to one.
 */

import { addDays, bool, compact, municipality, type Conversion, type Json } from './legacy.js';

/** `DETALJER_UNDERSOKNING.UNDERSOKNING_GJORT_KORT_FORE_DODEN` → `UNDERSOKNING_GJORT_KORT_FORE_DODEN` */
const code = (value: unknown) => (typeof value === 'string' ? value.slice(value.lastIndexOf('.') + 1) : value);

function dodsuppgifter(legacy: Json, notes: string[]): Record<string, unknown> {
  const sakert = bool(legacy.dodsdatumSakert);
  return {
    identitetStyrkt: legacy.identitetStyrkt,
    dodsdatumSakert: sakert,
    // One legacy date, two questions here: a certain date (2.2) or an uncertain one (2.2.1).
    ...(sakert === false ? { dodsdatumOsakert: legacy.dodsdatum } : { dodsdatum: legacy.dodsdatum }),
    antraffatDodDatum: legacy.antraffatDodDatum,
    dodsplatsKommun: municipality(legacy.dodsplatsKommun, notes),
    dodsplatsBoende: legacy.dodsplatsBoende,
    barn: bool(legacy.barn),
  };
}

const SHARED_FIELDS: Record<string, string[]> = { dodsdatum: ['dodsdatum', 'dodsdatumOsakert'] };

function identityMap(keys: string[]): Record<string, string[]> {
  return { ...Object.fromEntries(keys.map((key) => [key, [key]])), ...SHARED_FIELDS };
}

export function convertDb(legacy: Json): Conversion {
  const notes: string[] = [];
  const answers = compact({
    ...dodsuppgifter(legacy, notes),
    explosivImplantat: bool(legacy.explosivImplantat),
    explosivAvlagsnat: bool(legacy.explosivAvlagsnat),
    undersokningYttre: code(legacy.undersokningYttre),
    undersokningDatum: legacy.undersokningDatum,
    polisanmalan: bool(legacy.polisanmalan),
  });
  return { answers, notes, fieldMap: identityMap(Object.keys(answers)) };
}

function cause(entry: Json | undefined): Record<string, unknown> | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  return compact({ beskrivning: entry.beskrivning, datum: entry.datum, specifikation: entry.specifikation });
}

export function convertDoi(legacy: Json): Conversion {
  const notes: string[] = [];
  const rows = (list: unknown) => (Array.isArray(list) && list.length ? list.map((entry) => cause(entry) ?? {}) : undefined);
  const answers = compact({
    ...dodsuppgifter(legacy, notes),
    land: legacy.land,
    terminalDodsorsak: legacy.terminalDodsorsak?.beskrivning,
    terminalDodsorsakDatum: legacy.terminalDodsorsak?.datum,
    terminalDodsorsakSpecifikation: legacy.terminalDodsorsak?.specifikation,
    foljd: rows(legacy.foljd),
    bidragandeSjukdomar: rows(legacy.bidragandeSjukdomar),
    operation: legacy.operation,
    operationDatum: legacy.operationDatum,
    operationAnledning: legacy.operationAnledning,
    forgiftning: bool(legacy.forgiftning),
    forgiftningOrsak: legacy.forgiftningOrsak,
    forgiftningDatum: legacy.forgiftningDatum,
    forgiftningUppkommelse: legacy.forgiftningUppkommelse,
    grunder: Array.isArray(legacy.grunder) && legacy.grunder.length ? legacy.grunder : undefined,
  });
  const fieldMap = identityMap(Object.keys(answers));
  fieldMap.terminalDodsorsak = ['terminalDodsorsak', 'terminalDodsorsakDatum', 'terminalDodsorsakSpecifikation'];
  // The legacy validator files "filled in although 12.1 is Nej" under 12.1 itself.
  fieldMap.forgiftning = ['forgiftning', 'forgiftningOrsak', 'forgiftningDatum', 'forgiftningUppkommelse'];
  return { answers, notes, fieldMap };
}

/**
 * The date set-ups of the national tests (db InternalValidatorTest, doi InternalDraftValidatorImplTest),
 * with "now" fixed to the case's `today`.
 */
export const SOS_SETUPS = {
  db: {
    setupUtlatandeDates(scenario: Json, today: string): void {
      scenario.undersokningDatum = addDays(today, -4);
      scenario.dodsdatum = addDays(today, -3);
      scenario.antraffatDodDatum = addDays(today, -2);
    },
    setupBarnSomAvliditDates(scenario: Json, today: string, [daysLived]: number[]): void {
      barnSetup(scenario, today, daysLived);
    },
  },
  doi: {
    setupBarnSomAvliditDates(scenario: Json, today: string, [daysLived]: number[]): void {
      const born = barnSetup(scenario, today, daysLived);
      scenario.operationDatum = addDays(born, 5);
    },
  },
} as const;

/** The patient born 30 days before now (`<date>-4321`), died `daysLived` days after birth. */
function barnSetup(scenario: Json, today: string, daysLived: number): string {
  const born = addDays(today, -30);
  scenario.grundData.patient.personId = `${born.replace(/-/g, '')}-4321`;
  scenario.dodsdatum = addDays(born, daysLived);
  return born;
}
