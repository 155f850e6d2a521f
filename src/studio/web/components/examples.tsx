/**
 * "Exempel": load any example of the type into the form, and save the current answers as one —
 * the server writes `<name>.json` and `<name>.expect.json` from the runtime's result, and refuses
 * a `valid-` name for an invalid certificate and an `invalid-` name for a valid one.
 */

import { useEffect, useState } from 'preact/hooks';
import { api, ApiFailure } from '../api.js';
import type { SaveResult } from '../../protocol.js';

interface ExamplesProps {
  /** The studio's id of the definition: `fk7804`, or `fk7804@1.2` for an earlier version's examples. */
  typeId: string;
  certificate: Record<string, unknown>;
  valid: boolean;
  errorCount: number;
  today: string;
  /** Bumped when the server says the examples folder changed. */
  revision: number;
  onLoad(certificate: unknown, today?: string): void;
}

const NAME = /^(valid|invalid)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function ExamplesPanel({ typeId, certificate, valid, errorCount, today, revision, onLoad }: ExamplesProps) {
  const [names, setNames] = useState<string[]>([]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string; files?: string[] }>();
  const [confirmOverwrite, setConfirmOverwrite] = useState(false);
  useEffect(() => {
    api.examples(typeId).then((result) => setNames(result.names), () => setNames([]));
  }, [typeId, revision]);
  useEffect(() => setMessage(undefined), [typeId]);

  const load = async () => {
    if (!chosen) return;
    try {
      const example = await api.example(typeId, chosen);
      onLoad(example.certificate, example.expect?.today);
      setMessage({ ok: true, text: `Exemplet ${chosen} är inläst${example.expect?.today ? ` med dagens datum ${example.expect.today}` : ''}.` });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };
  const save = async (overwrite = false) => {
    try {
      const saved: SaveResult = await api.saveExample(typeId, { name, certificate, today, overwrite });
      setConfirmOverwrite(false);
      setMessage({ ok: true, text: `Sparat. Förväntat resultat: ${saved.expect.valid ? 'giltigt' : `ogiltigt (${saved.expect.errors?.length ?? 0} fel)`}.`, files: saved.files });
    } catch (error) {
      setConfirmOverwrite(error instanceof ApiFailure && error.code === 'exists');
      setMessage({ ok: false, text: (error as Error).message });
    }
  };
  const suggestion = valid ? 'valid-' : 'invalid-';
  return (
    <div class="examples">
      <h3>Läs in ett exempel</h3>
      <div class="row">
        <label for="example-choice" class="visually-hidden">Exempel</label>
        <select id="example-choice" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
          <option value="">{names.length ? 'Välj exempel' : 'Typen har inga exempel'}</option>
          {names.map((example) => <option value={example} key={example}>{example}</option>)}
        </select>
        <button type="button" class="secondary" disabled={!chosen} onClick={load}>Läs in</button>
      </div>
      <h3>Spara som exempel</h3>
      <p class="hint">
        Intyget är nu {valid ? 'giltigt' : `ogiltigt (${errorCount} fel)`}. Ett namn som börjar med <code>valid-</code> måste vara giltigt,
        ett som börjar med <code>invalid-</code> ogiltigt.
      </p>
      <div class="row">
        <label for="example-name">Namn</label>
        <input id="example-name" type="text" size={28} autocomplete="off" placeholder={`${suggestion}kort-beskrivning`} value={name}
          aria-invalid={(name !== '' && !NAME.test(name)) || undefined} onInput={(event) => setName(event.currentTarget.value.trim())} />
        <button type="button" class="primary" disabled={!NAME.test(name)} onClick={() => save(false)}>Spara som exempel</button>
      </div>
      {confirmOverwrite ? <button type="button" class="secondary" onClick={() => save(true)}>Skriv över {name}</button> : null}
      {message ? (
        <div class={message.ok ? 'notice notice-ok' : 'issue issue-error'} role={message.ok ? 'status' : 'alert'}>
          <p>{message.text}</p>
          {message.files ? <ul>{message.files.map((file) => <li key={file}><code>{file}</code></li>)}</ul> : null}
        </div>
      ) : null}
    </div>
  );
}
