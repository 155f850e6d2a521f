/**
 * icf: the ICF codes the issuer picked (b, d, e or s and digits) above the free text, as in
 * Webcert's questions 35 and 17. Codes are typed and added one at a time; each can be removed.
 */

import { useState } from 'preact/hooks';
import { asRecord, asText, compactRecord, Counter, textOrUndefined } from './parts.js';
import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'icf',
  layout: () => 'label',
  Control: ({ field, value, onChange, disabled, id, describedBy }) => {
    const answer = asRecord(value);
    const codes = Array.isArray(answer.codes) ? (answer.codes as unknown[]).map(String) : [];
    const text = asText(answer.text);
    const [code, setCode] = useState('');
    const max = field.props.maxLength as number | undefined;
    const set = (next: { text?: string; codes?: string[] }) => onChange(compactRecord({ text: textOrUndefined(next.text ?? text), codes: (next.codes ?? codes).length ? next.codes ?? codes : undefined }));
    const add = () => {
      const typed = code.trim().toLowerCase();
      if (!typed || codes.includes(typed)) return setCode('');
      set({ codes: [...codes, typed] });
      setCode('');
    };
    return (
      <div class="icf">
        <div class="icf-codes">
          <p class="hint">{String(field.props.collectionsLabel ?? 'ICF-koder:')}</p>
          {codes.length ? (
            <ul class="chips">
              {codes.map((chosen) => (
                <li key={chosen}>
                  {chosen}
                  <button type="button" class="chip-remove" disabled={disabled} aria-label={`Ta bort ICF-kod ${chosen}`}
                    onClick={() => set({ codes: codes.filter((other) => other !== chosen) })}>×</button>
                </li>
              ))}
            </ul>
          ) : <p class="hint quiet">Inga koder valda.</p>}
          <div class="row">
            <label class="date-label" for={`${id}-code`}>ICF-kod</label>
            <input id={`${id}-code`} type="text" size={8} autocomplete="off" value={code} disabled={disabled} placeholder="t.ex. b130"
              title={field.props.modalLabel as string | undefined}
              onInput={(event) => setCode(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }} />
            <button type="button" class="secondary" disabled={disabled} onClick={add}>Lägg till kod</button>
          </div>
        </div>
        <textarea id={id} rows={5} value={text} disabled={disabled} placeholder={field.props.placeholder as string | undefined}
          aria-describedby={[describedBy, max !== undefined ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(event) => set({ text: event.currentTarget.value })} />
        <Counter id={`${id}-count`} text={text} max={max} />
      </div>
    );
  },
};

export default spec;
