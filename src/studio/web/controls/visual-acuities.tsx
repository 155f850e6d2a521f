/**
 * visualAcuities: right eye, left eye and both eyes, without and with correction, and contact
 * lenses per eye, as Transportstyrelsen's form. Values are typed with a decimal comma (0,8).
 */

import { asRecord, compactRecord, hasIssue, TypedInput } from './parts.js';
import type { ControlSpec } from './types.js';

const EYES: Array<[string, string]> = [['rightEye', 'Höger öga'], ['leftEye', 'Vänster öga'], ['binocular', 'Binokulärt']];
const VALUES: Array<[string, string]> = [['withoutCorrection', 'Utan korrektion'], ['withCorrection', 'Med korrektion']];

/** "0,8" and "0.8" are 0.8; anything else reaches the rules as typed. */
const parse = (typed: string): unknown => {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const normal = trimmed.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : trimmed;
};
const show = (value: unknown) => (typeof value === 'number' ? String(value).replace('.', ',') : typeof value === 'string' ? value : '');

const spec: ControlSpec = {
  kind: 'visualAcuities',
  layout: () => 'group',
  Control: ({ value, onChange, disabled, id, describedBy, issues }) => {
    const acuities = asRecord(value);
    const set = (eye: string, key: string, entry: unknown) => onChange(compactRecord({ ...acuities, [eye]: compactRecord({ ...asRecord(acuities[eye]), [key]: entry }) }));
    return (
      <table class="acuities">
        <thead>
          <tr><th scope="col"><span class="visually-hidden">Öga</span></th>{VALUES.map(([, label]) => <th scope="col" key={label}>{label}</th>)}<th scope="col">Kontaktlinser</th></tr>
        </thead>
        <tbody>
          {EYES.map(([eye, eyeLabel], row) => {
            const entry = asRecord(acuities[eye]);
            return (
              <tr key={eye}>
                <th scope="row">{eyeLabel}</th>
                {VALUES.map(([key, label], column) => (
                  <td key={key}>
                    <TypedInput inputMode="decimal" size={4} id={row === 0 && column === 0 ? id : `${id}-${eye}-${key}`}
                      aria-label={`${eyeLabel}, ${label.toLowerCase()}`} value={entry[key]} parse={parse} format={show} disabled={disabled}
                      aria-describedby={describedBy} aria-invalid={hasIssue(issues, (rel) => rel === `${eye}.${key}`) || undefined}
                      onChange={(typed) => set(eye, key, typed)} />
                  </td>
                ))}
                <td>
                  {eye === 'binocular' ? null : (
                    <input type="checkbox" aria-label={`${eyeLabel}, kontaktlinser`} checked={entry.contactLenses === true} disabled={disabled}
                      onChange={(event) => set(eye, 'contactLenses', event.currentTarget.checked ? true : undefined)} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  },
};

export default spec;
