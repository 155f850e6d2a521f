/** The definition's problems, located as `intyg check` prints them; the last good form stays usable below. */

import type { Diagnostic } from '../../../diagnostics/diagnostic.js';

export function DiagnosticsBanner({ diagnostics, hasModel }: { diagnostics: Diagnostic[]; hasModel: boolean }) {
  if (!diagnostics.length) return null;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  return (
    <section class={errors.length ? 'diagnostics diagnostics-error' : 'diagnostics'} role={errors.length ? 'alert' : 'status'} aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">
        {errors.length
          ? `Definitionen har ${errors.length === 1 ? 'ett fel' : `${errors.length} fel`}`
          : 'Definitionen har varningar'}
      </h2>
      {errors.length ? <p>{hasModel ? 'Formuläret nedan är den senaste versionen som fungerade. Spara filen igen när felet är rättat.' : 'Typen har inte gått att läsa sedan studion startade. Rätta felet och spara filen.'}</p> : null}
      <ul>
        {diagnostics.map((diagnostic, index) => (
          <li key={index} data-code={diagnostic.code}>
            <code class="location">{`${diagnostic.file}:${diagnostic.line}:${diagnostic.col}`}</code> <span class="code">{diagnostic.code}</span> {diagnostic.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
