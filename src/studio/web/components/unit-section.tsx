/** "Vårdenhetens adress": the unit's contact details, last in the form as in Webcert; the rules read them from the envelope. */

import type { CertificateModel } from '../../../model/types.js';
import type { Draft } from '../draft.js';
import { isMissing, type ShownIssue } from '../rules.js';
import { IssueList } from './issues.js';

const FIELDS: Array<[keyof Draft['envelope']['unit'], string, number]> = [
  ['address', 'Postadress', 40], ['postalCode', 'Postnummer', 8], ['city', 'Postort', 30], ['phone', 'Telefonnummer', 20],
];

export function UnitSection({ model, draft, issues, showMissing, onEnvelope }: { model: CertificateModel; draft: Draft; issues: ShownIssue[]; showMissing: boolean; onEnvelope(draft: Draft): void }) {
  const unit = draft.envelope.unit;
  return (
    <section class="category" aria-labelledby="s-unit" data-section="unit">
      <div class="category-head"><h2 id="s-unit">Vårdenhetens adress</h2></div>
      {model.unitContact === 'optional' ? <p class="hint">Frivilligt för den här intygstypen.</p> : null}
      <div class="unit-grid">
        {FIELDS.map(([key, label, size]) => {
          const own = issues.filter((issue) => issue.rel === key && (showMissing || !isMissing(issue)));
          return (
            <div class="question" data-field={`unit.${key}`} key={key}>
              <label for={`unit-${key}`}>{label}</label>
              <input id={`unit-${key}`} type="text" size={size} autocomplete="off" value={unit[key]} aria-describedby={own.length ? `e-unit-${key}` : undefined}
                onInput={(event) => onEnvelope({ ...draft, envelope: { ...draft.envelope, unit: { ...unit, [key]: event.currentTarget.value } } })} />
              <IssueList issues={own} id={`e-unit-${key}`} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
