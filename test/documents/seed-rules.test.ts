/**
 * Each rule of the seeds, by the seed's own words: the registration's KVÅ rules (seeds 001, 002)
 * fire on the examples made for them and say what the routine says, and the consent's and the
 * case's rules likewise. The words are quoted from ../shared/seeds; a rewording in the YAML that
 * drifts from the routine fails here.
 */

import { describe, expect, it } from 'vitest';
import { exampleOptions, listExamples } from '../../src/examples.js';
import { project } from '../helpers/project.js';

const { runtime } = project();
const examples = listExamples();
const messagesOf = (type: string, name: string) => {
  const example = examples.find((candidate) => candidate.type === type && candidate.name === name)!;
  const result = runtime.validate(example.payload, exampleOptions(example, runtime));
  return [...result.errors, ...result.warnings, ...result.info].map((issue) => issue.message);
};

describe('seed 001 and 002: KVÅ registration', () => {
  it.each([
    ['invalid-aw020-saknas', 'Vårdkontakt i samband med upprättande av plan ska registreras med KVÅ-kod AW020, upprättande av rehabiliteringsplan'],
    ['invalid-dv077-saknas-vid-sjukskrivning', 'Under den del av rehabiliteringsprocessen där sjukskrivning är aktuell som en del i planen för patienten ska även KVÅ-kod DV077 användas för upprättande av sjukskrivnings- och rehabiliteringsplan för återgång i arbete eller annan sysselsättning'],
    ['invalid-aw026-saknas-vid-sjukskrivning', 'registreras även KVÅ-kod AW026, Uppföljning av sjukskrivnings- och rehabiliteringsplan för återgång i arbete eller annan sysselsättning'],
    ['invalid-xs005-utan-qr002', 'Insatserna registreras med KVÅ-kod XS005 "Externt informationsutbyte" i kombination med KVÅ-kod QR002 "Rådgivning vid arbete och sysselsättning"'],
    ['invalid-dubbel-kodning-forsakringskassan', 'Den dubbla kodningen används inte vid kontakt med Försäkringskassan'],
    ['invalid-extern-kontakt-utan-samtycke', 'Samtycke krävs för extern kontakt'],
    ['invalid-samtycket-har-gatt-ut', 'Samtycke krävs för extern kontakt'],
    ['invalid-samtycket-tillbakataget', 'Samtycke krävs för extern kontakt'],
    ['invalid-trepartsmote-med-forsakringskassan', 'Vid trepartsmöte deltar inte Försäkringskassan'],
    ['invalid-trepartssamtal-fel-kontakttyp', 'kontakttyp Telefonkontakt och besökstyp Administration'],
    ['invalid-rehabkoordinator-utan-gc001', 'KVÅ-kod GC001'],
  ])('%s: "%s"', (name, words) => {
    expect(messagesOf('vardkontakt-rehab', name).join(' ')).toContain(words);
  });

  it('the KVÅ codes carry the seeds\' texts', () => {
    const options = runtime.models.get('vardkontakt-rehab')!.fields.find((field) => field.id === 'kvaKoder')!.props.options as Array<{ id: string; label: string }>;
    expect(Object.fromEntries(options.map((option) => [option.id, option.label]))).toEqual({
      AW020: 'AW020 Upprättande av rehabiliteringsplan',
      DV077: 'DV077 Upprättande av sjukskrivnings- och rehabiliteringsplan för återgång i arbete eller annan sysselsättning',
      AW024: 'AW024 Uppföljning av rehabiliteringsplan',
      AW026: 'AW026 Uppföljning av sjukskrivnings- och rehabiliteringsplan för återgång i arbete eller annan sysselsättning',
      XS005: 'XS005 Externt informationsutbyte',
      QR002: 'QR002 Rådgivning vid arbete och sysselsättning',
      GC001: 'GC001 Kontakt/insats av rehabkoordinator',
    });
  });

  it('trepartssamtal and trepartsmöte carry the booking data seed 002 lists', () => {
    const fields = runtime.models.get('vardkontakt-rehab')!.fields;
    const labels = (id: string) => (fields.find((field) => field.id === id)!.props.options as Array<{ label: string }>).map((option) => option.label);
    expect(labels('vardtjanst')).toEqual(['Trepartssamtal']);
    expect(labels('kontakttyp')).toEqual(['Telefonkontakt', 'Mottagningsbesök enskilt', 'Mottagningsbesök team', 'Besök på annan plats enskilt', 'Besök på annan plats team']);
    expect(labels('besokstyp')).toEqual(['Administration']);
  });
});

describe('seed 001, 002 and 004: consent', () => {
  it('a paper consent is scanned in; a 1177 form needs no scanning', () => {
    const errors = runtime.validate(examples.find((e) => e.name === 'invalid-pappersblankett-inte-inskannad')!.payload, { today: '2026-03-20' }).errors;
    expect(errors).toEqual([expect.objectContaining({ field: 'inskannad', code: 'required' })]);
    const model = runtime.models.get('samtycke-arbetsgivare')!;
    expect(model.fields.find((field) => field.id === 'inskannad')!.help).toBe('Inhämtas samtycke via pappersblankett ska en kopia av samtycket skannas in i journalen och en hänvisning dokumenteras.');
    expect(messagesOf('samtycke-arbetsgivare', 'valid-formular-1177')).toEqual(['Används formulärtjänst behövs ingen inskanning, då formuläret lagras via 1177.']);
  });

  it('oral consent holds, but date and how must be documented', () => {
    expect(runtime.models.get('samtycke-arbetsgivare')!.fields.find((field) => field.id === 'muntligtHur')!.help).toBe('Muntligt samtycke gäller, men det ska dokumenteras i journalen vilket datum och hur samtycket har inhämtats.');
    expect(messagesOf('samtycke-arbetsgivare', 'invalid-muntligt-utan-hur')).toEqual(['Välj ett alternativ.']);
  });
});

describe('seed 003: 1177 cases', () => {
  it('the case types of the basutbud, by the seed\'s names', () => {
    const labels = (runtime.models.get('arende-1177')!.fields.find((field) => field.id === 'arendetyp')!.props.options as Array<{ label: string }>).map((option) => option.label);
    for (const name of ['Omvårdnadsbidrag', 'Ansökan för vård av barn 12 - 16 år', 'Läkarutlåtande för körkortstillstånd', 'Förnya recept', 'Kontakt för att avboka eller omboka tid', 'Skicka meddelande', 'Ändring av kontaktuppgifter', 'Beställning journalkopia']) {
      expect(labels.some((label) => label.includes(name)), name).toBe(true);
    }
  });

  it('who handles them: recipes by the nurse', () => {
    expect(messagesOf('arende-1177', 'valid-recept-hos-fel-yrke')).toEqual(['Förnya recept och ansökan för vård av barn under 12 år hanteras av ärendemottagaren (sjuksköterska).']);
  });
});
