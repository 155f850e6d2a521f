/**
 * Transportstyrelsen's legacy modules `ts-bas` v7 (TSTRK1007) and `ts-diabetes` v4 (TSTRK1031):
 * nested JSON by category here; intyg has one flat field per question.
 */

import { bool, compact, type Conversion, type Json } from './legacy.js';

/** `[{ type, selected }]` → the selected types. */
function selected(list: unknown): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const types = list.filter((entry: Json) => entry?.selected === true).map((entry: Json) => entry.type);
  return types.length ? types : undefined;
}

function eye(legacy: Json | undefined, withLens: boolean): Record<string, unknown> | undefined {
  if (!legacy) return undefined;
  const out = compact({
    withoutCorrection: legacy.utanKorrektion,
    withCorrection: legacy.medKorrektion,
    ...(withLens ? { contactLenses: bool(legacy.kontaktlins) } : {}),
  });
  return Object.keys(out).length ? out : undefined;
}

/** Paths of the legacy model (category.field) and the intyg field each became. */
const TS_BAS: Array<[string, string]> = [
  ['syn.synfaltsdefekter', 'synfaltsdefekter'], ['syn.nattblindhet', 'nedsattBelysning'], ['syn.progressivOgonsjukdom', 'progressivOgonsjukdom'],
  ['syn.diplopi', 'dubbelseende'], ['syn.nystagmus', 'nystagmus'], ['syn.synskarpaSkickasSeparat', 'synskarpaSkickasSeparat'],
  ['syn.korrektionsglasensStyrka', 'korrektionsglasensStyrka'], ['horselBalans.balansrubbningar', 'balansrubbningar'],
  ['horselBalans.svartUppfattaSamtal4Meter', 'uppfattaSamtal4Meter'], ['funktionsnedsattning.funktionsnedsattning', 'funktionsnedsattning'],
  ['funktionsnedsattning.beskrivning', 'funktionsnedsattningBeskrivning'], ['funktionsnedsattning.otillrackligRorelseformaga', 'otillrackligRorelseformaga'],
  ['hjartKarl.hjartKarlSjukdom', 'hjartKarlsjukdom'], ['hjartKarl.hjarnskadaEfterTrauma', 'teckenHjarnskada'], ['hjartKarl.riskfaktorerStroke', 'riskfaktorerStroke'],
  ['hjartKarl.beskrivningRiskfaktorer', 'typAvSjukdomRiskfaktorer'], ['diabetes.harDiabetes', 'harDiabetes'], ['diabetes.diabetesTyp', 'diabetesTyp'],
  ['neurologi.neurologiskSjukdom', 'teckenNeurologiskSjukdom'], ['medvetandestorning.medvetandestorning', 'epilepsiEllerAnnanMedvetandestorning'],
  ['medvetandestorning.beskrivning', 'medvetandestorningBeskrivning'], ['njurar.nedsattNjurfunktion', 'nedsattNjurfunktion'],
  ['kognitivt.sviktandeKognitivFunktion', 'sviktandeKognitivFunktion'], ['somnVakenhet.teckenSomnstorningar', 'somnVakenhetsstorning'],
  ['narkotikaLakemedel.teckenMissbruk', 'missbrukTecken'], ['narkotikaLakemedel.foremalForVardinsats', 'missbrukVardinsatser'],
  ['narkotikaLakemedel.provtagningBehovs', 'missbrukProvtagning'], ['narkotikaLakemedel.lakarordineratLakemedelsbruk', 'lakarordineratLakemedelsbruk'],
  ['narkotikaLakemedel.lakemedelOchDos', 'lakemedelOchDos'], ['psykiskt.psykiskSjukdom', 'psykiskSjukdom'],
  ['utvecklingsstorning.psykiskUtvecklingsstorning', 'psykiskUtvecklingsstorning'], ['utvecklingsstorning.harSyndrom', 'adhdAddDampAspergerTourette'],
  ['sjukhusvard.sjukhusEllerLakarkontakt', 'vardatsPaSjukhus'], ['sjukhusvard.tidpunkt', 'vardTidpunkt'], ['sjukhusvard.vardinrattning', 'vardinrattning'],
  ['sjukhusvard.anledning', 'vardOrsak'], ['medicinering.stadigvarandeMedicinering', 'stadigvarandeMedicinering'], ['medicinering.beskrivning', 'mediciner'],
  ['kommentar', 'ovrigKommentar'], ['bedomning.lakareSpecialKompetens', 'lakareSpecialistkompetens'],
];

const read = (legacy: Json, path: string) => path.split('.').reduce<any>((value, key) => value?.[key], legacy);

function fieldMapOf(pairs: Array<[string, string]>, extra: Record<string, string[]>): Record<string, string[]> {
  return { ...Object.fromEntries(pairs.map(([path, id]) => [path, [id]])), ...extra };
}

export function convertTsBas(legacy: Json): Conversion {
  const notes: string[] = [];
  const simple = Object.fromEntries(TS_BAS.map(([path, id]) => [id, read(legacy, path)]));
  const syn = legacy.syn ?? {};
  const acuity = compact({ rightEye: eye(syn.hogerOga, true), leftEye: eye(syn.vansterOga, true), binocular: eye(syn.binokulart, false) });
  const behandling = ['kost', 'tablett', 'insulin'].filter((key) => legacy.diabetes?.[key === 'tablett' ? 'tabletter' : key] === true);
  const behorigheter = [...(selected(legacy.bedomning?.korkortstyp) ?? []), ...(legacy.bedomning?.kanInteTaStallning === true ? ['VAR11'] : [])];
  const answers = compact({
    intygetAvser: selected(legacy.intygAvser?.korkortstyp),
    identitetStyrktGenom: legacy.vardkontakt?.idkontroll,
    ...simple,
    synskarpa: Object.keys(acuity).length ? acuity : undefined,
    diabetesBehandling: behandling.length ? behandling : undefined,
    bedomningBehorigheter: behorigheter.length ? behorigheter : undefined,
  });
  return {
    answers,
    notes,
    fieldMap: fieldMapOf(TS_BAS, {
      intygAvser: ['intygetAvser'], 'intygAvser.korkortstyp': ['intygetAvser'], 'vardkontakt.idkontroll': ['identitetStyrktGenom'], vardkontakt: ['identitetStyrktGenom'],
      syn: ['synskarpa'], 'diabetes.behandlingsTyp': ['diabetesBehandling'], bedomning: ['bedomningBehorigheter'], 'bedomning.korkortstyp': ['bedomningBehorigheter'],
    }),
  };
}

const DIABETES_TYPES: Record<string, string> = { TYP1: 'E10', TYP2: 'E11', LADA: 'E109', ANNAN: 'E13' };

const TS_DIABETES: Array<[string, string]> = [
  ['allmant.patientenFoljsAv', 'patientenFoljsAv'], ['allmant.beskrivningAnnanTypAvDiabetes', 'beskrivningAnnanTypAvDiabetes'],
  ['allmant.medicineringForDiabetes', 'medicineringForDiabetes'], ['allmant.medicineringMedforRiskForHypoglykemi', 'medicineringMedforRiskForHypoglykemi'],
  ['allmant.behandling.annanAngeVilken', 'behandlingAnnanAngeVilken'], ['allmant.medicineringMedforRiskForHypoglykemiTidpunkt', 'medicineringMedforRiskForHypoglykemiTidpunkt'],
  ...[
    'kontrollSjukdomstillstand', 'kontrollSjukdomstillstandVarfor', 'forstarRiskerMedHypoglykemi', 'formagaKannaVarningstecken', 'vidtaAdekvataAtgarder',
    'aterkommandeSenasteAret', 'aterkommandeSenasteAretTidpunkt', 'aterkommandeSenasteAretKontrolleras', 'aterkommandeSenasteAretTrafik',
    'aterkommandeVaketSenasteTolv', 'aterkommandeVaketSenasteTre', 'aterkommandeVaketSenasteTreTidpunkt', 'allvarligSenasteTolvManaderna',
    'allvarligSenasteTolvManadernaTidpunkt', 'regelbundnaBlodsockerkontroller',
  ].map((id): [string, string] => [`hypoglykemi.${id}`, id]),
  ['ovrigt.komplikationerAvSjukdomen', 'komplikationerAvSjukdomen'], ['ovrigt.komplikationerAvSjukdomenAnges', 'komplikationerAvSjukdomenAnges'],
  ['ovrigt.borUndersokasAvSpecialist', 'borUndersokasAvSpecialist'], ['bedomning.ovrigaKommentarer', 'ovrigaKommentarer'],
];

export function convertTsDiabetes(legacy: Json): Conversion {
  const notes: string[] = [];
  const allmant = legacy.allmant ?? {};
  const year = allmant.diabetesDiagnosAr;
  const behandling = ['insulin', 'tabletter', 'annan'].filter((key) => allmant.behandling?.[key] === true);
  const answers = compact({
    intygetAvser: selected(legacy.intygAvser?.kategorier),
    identitetStyrktGenom: legacy.identitetStyrktGenom?.typ,
    ...Object.fromEntries(TS_DIABETES.map(([path, id]) => [id, read(legacy, path)])),
    // The year is text in the legacy model ("2100T" is its malformed case); a number here.
    diabetesDiagnosAr: typeof year === 'string' && /^\d{1,4}$/.test(year.trim()) ? Number(year) : year,
    typAvDiabetes: DIABETES_TYPES[allmant.typAvDiabetes] ?? allmant.typAvDiabetes,
    behandling: behandling.length ? behandling : undefined,
    uppfyllerBehorighetskrav: selected(legacy.bedomning?.uppfyllerBehorighetskrav),
  });
  return {
    answers,
    notes,
    fieldMap: fieldMapOf(TS_DIABETES, {
      'intygAvser.kategorier': ['intygetAvser'], identitetStyrktGenom: ['identitetStyrktGenom'], 'allmant.diabetesDiagnosAr': ['diabetesDiagnosAr'],
      'allmant.typAvDiabetes': ['typAvDiabetes'], 'allmant.behandling': ['behandling'], 'bedomning.uppfyllerBehorighetskrav': ['uppfyllerBehorighetskrav'],
    }),
  };
}
