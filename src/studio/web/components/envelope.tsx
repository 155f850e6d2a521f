/**
 * "Intygsuppgifter": the facts the rules read besides the answers — the patient's personnummer
 * (a valid test number to start with, and new ones on request), the issuer and profession, the
 * care unit — and the date the rules take as today.
 */

import { parsePersonIdentity } from '../../../browser.js';
import { PROFESSIONS } from '../../../model/types.js';
import type { Draft } from '../draft.js';
import type { ShownIssue } from '../rules.js';
import { randomPersonnummer } from '../test-person.js';
import { IssueList } from './issues.js';

export const PROFESSION_NAMES: Record<string, string> = {
  lakare: 'Läkare', tandlakare: 'Tandläkare', sjukskoterska: 'Sjuksköterska', barnmorska: 'Barnmorska', vardadministrator: 'Vårdadministratör',
};

interface EnvelopeProps {
  draft: Draft;
  today: string;
  actualToday: string;
  issues: Map<string, ShownIssue[]>;
  onChange(draft: Draft): void;
  onToday(today: string): void;
}

function Text({ id, label, value, onInput, size = 24, issues = [] }: { id: string; label: string; value: string; onInput(value: string): void; size?: number; issues?: ShownIssue[] }) {
  return (
    <div class="fact">
      <label for={id}>{label}</label>
      <input id={id} type="text" autocomplete="off" size={size} value={value} aria-describedby={issues.length ? `${id}-issues` : undefined}
        aria-invalid={issues.some((issue) => issue.severity === 'error') || undefined} onInput={(event) => onInput(event.currentTarget.value)} />
      <IssueList issues={issues} id={`${id}-issues`} />
    </div>
  );
}

export function EnvelopePanel({ draft, today, actualToday, issues, onChange, onToday }: EnvelopeProps) {
  const { envelope } = draft;
  const set = (patch: Partial<Draft['envelope']>) => onChange({ ...draft, envelope: { ...envelope, ...patch } });
  const identity = parsePersonIdentity(envelope.personId, today);
  const about = identity.ok && identity.identity.birthDate
    ? `${identity.identity.kind === 'samordningsnummer' ? 'Samordningsnummer' : 'Personnummer'}, född ${identity.identity.birthDate}${identity.identity.sex ? `, ${identity.identity.sex}` : ''}`
    : '';
  const envelopeIssues = (root: string, rel: string) => (issues.get(root) ?? []).filter((issue) => issue.rel === rel);
  return (
    <section class="envelope" aria-labelledby="envelope-title">
      <h2 id="envelope-title">Intygsuppgifter</h2>
      <div class="facts">
        <div class="fact">
          <label for="patient-id">Patientens personnummer</label>
          <div class="row">
            <input id="patient-id" type="text" autocomplete="off" size={15} value={envelope.personId} aria-describedby="patient-about patient-id-issues"
              onInput={(event) => set({ personId: event.currentTarget.value })} />
            <button type="button" class="secondary" onClick={() => set({ personId: randomPersonnummer(today) })}
              title="Slumpat nummer med rätt kontrollsiffra. Det kan tillhöra en verklig person: använd bara påhittade uppgifter.">Nytt testpersonnummer</button>
          </div>
          <p class="hint" id="patient-about">{about || (identity.ok ? '' : identity.message)}</p>
          <IssueList issues={envelopeIssues('patient', 'personId')} id="patient-id-issues" />
        </div>
        <Text id="issuer-name" label="Intygsutfärdare" value={envelope.issuer.name} issues={envelopeIssues('issuer', 'name')}
          onInput={(name) => set({ issuer: { ...envelope.issuer, name } })} />
        <div class="fact">
          <label for="issuer-profession">Yrkesroll</label>
          <select id="issuer-profession" value={envelope.issuer.profession} onChange={(event) => set({ issuer: { ...envelope.issuer, profession: event.currentTarget.value } })}>
            {PROFESSIONS.map((profession) => <option value={profession} key={profession}>{PROFESSION_NAMES[profession] ?? profession}</option>)}
          </select>
        </div>
        <Text id="issuer-hsa" label="Utfärdarens HSA-id" value={envelope.issuer.hsaId} issues={envelopeIssues('issuer', 'hsaId')}
          onInput={(hsaId) => set({ issuer: { ...envelope.issuer, hsaId } })} />
        <Text id="unit-name" label="Vårdenhet" value={envelope.unit.name} issues={envelopeIssues('unit', 'name')}
          onInput={(name) => set({ unit: { ...envelope.unit, name } })} />
        <Text id="unit-hsa" label="Vårdenhetens HSA-id" value={envelope.unit.hsaId} issues={envelopeIssues('unit', 'hsaId')}
          onInput={(hsaId) => set({ unit: { ...envelope.unit, hsaId } })} />
        <div class="fact">
          <label for="today">Dagens datum för reglerna</label>
          <div class="row">
            <input id="today" type="text" inputMode="numeric" size={11} maxLength={10} placeholder="ÅÅÅÅ-MM-DD" value={today}
              onInput={(event) => onToday(event.currentTarget.value)} />
            {today !== actualToday ? <button type="button" class="secondary" onClick={() => onToday(actualToday)}>Idag</button> : null}
          </div>
        </div>
      </div>
    </section>
  );
}
