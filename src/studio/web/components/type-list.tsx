/** The certificate types, as Webcert lists them to choose from: name and form code; a type with errors is marked. */

import { useEffect, useRef } from 'preact/hooks';
import type { TypeSummary } from '../../protocol.js';

export function TypeList({ types, current, onChoose }: { types: TypeSummary[]; current?: string; onChoose(id: string): void }) {
  const list = useRef<HTMLElement>(null);
  // The chosen type stays in sight in the list (only the list scrolls, not the page).
  useEffect(() => {
    const nav = list.current;
    const chosen = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav && chosen && (chosen.offsetTop < nav.scrollTop || chosen.offsetTop + chosen.offsetHeight > nav.scrollTop + nav.clientHeight)) {
      nav.scrollTop = chosen.offsetTop - nav.clientHeight / 3;
    }
  }, [current, types.length]);
  return (
    <nav class="types" aria-label="Intygstyper" ref={list}>
      <h2>Intygstyper</h2>
      <ul>
        {types.map((type) => (
          <li key={type.id}>
            <a href={`#/${type.id}`} aria-current={type.id === current ? 'page' : undefined} class={type.ok ? '' : 'has-errors'}
              onClick={(event) => {
                event.preventDefault();
                onChoose(type.id);
              }}>
              <span class="type-name">{type.name ?? type.id}</span>
              <span class="type-code">{type.code ?? type.id}{type.ok ? '' : ' · fel'}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
