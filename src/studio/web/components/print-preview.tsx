/**
 * "Utskrift": the PDF of the current answers, printed by the studio's server with the same
 * renderer as `intyg render`, shown in the page. The status to preview and what the patient may
 * hide (the definition's print.hideable) are chosen here.
 */

import { useEffect, useState } from 'preact/hooks';
import type { CertificateModel } from '../../../model/types.js';
import { api } from '../api.js';
import { PREVIEW_STATUSES, type PreviewStatus } from '../../protocol.js';

const STATUS_NAMES: Record<PreviewStatus, string> = { draft: 'Utkast', signed: 'Signerat', sent: 'Skickat', revoked: 'Makulerat' };

export function PrintPreview({ model, certificate, today }: { model: CertificateModel; certificate: Record<string, unknown>; today: string }) {
  const [status, setStatus] = useState<PreviewStatus>('draft');
  const [hide, setHide] = useState<string[]>([]);
  const [url, setUrl] = useState<string>();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  useEffect(() => () => { if (url) URL.revokeObjectURL(url); }, [url]);
  useEffect(() => setHide([]), [model.id]);

  const print = async () => {
    setState({ busy: true });
    try {
      const blob = await api.print({ certificate, status, hide, today });
      setUrl(URL.createObjectURL(blob));
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, error: (error as Error).message });
    }
  };

  return (
    <div class="print-preview">
      <fieldset class="inline-group">
        <legend>Status i utskriften</legend>
        {PREVIEW_STATUSES.map((option) => (
          <label class="check" key={option}>
            <input type="radio" name="print-status" checked={status === option} onChange={() => setStatus(option)} />
            <span>{STATUS_NAMES[option]}</span>
          </label>
        ))}
      </fieldset>
      {model.print.hideable.length ? (
        <fieldset class="inline-group">
          <legend>Patientens val</legend>
          {model.print.hideable.map((choice) => (
            <label class="check" key={choice.id}>
              <input type="checkbox" checked={hide.includes(choice.id)}
                onChange={(event) => setHide(event.currentTarget.checked ? [...hide, choice.id] : hide.filter((id) => id !== choice.id))} />
              <span>Dölj {choice.label}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div class="row">
        <button type="button" class="primary" onClick={print} disabled={state.busy}>{url ? 'Skriv ut igen' : 'Visa utskrift'}</button>
        {url ? <a href={url} target="_blank" rel="noopener">Öppna PDF i ny flik</a> : null}
        <span role="status" class="hint">{state.busy ? 'Skriver ut …' : ''}</span>
      </div>
      {state.error ? <p class="issue issue-error" role="alert">{state.error}</p> : null}
      {url ? <iframe class="pdf" src={url} title={`Utskrift av ${model.name} (PDF)`} /> : null}
    </div>
  );
}
