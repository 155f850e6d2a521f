/**
 * The certificate types, as Webcert lists them to choose from: name and form code; a type with
 * errors is marked. A type's earlier versions (`versions/<version>/`) are listed under it, each
 * with its version and, when it has one, its retirement ("avvecklad 2025-08-04").
 */

import { useEffect, useRef } from 'preact/hooks';
import type { TypeSummary } from '../../protocol.js';
import { retirementText, retirementTitle, versionOf } from '../versions.js';

interface Group {
  current?: TypeSummary;
  earlier: TypeSummary[];
}

/** The summaries by type, in the server's order (current version first, then the earlier ones, newest first). */
function groups(types: TypeSummary[]): Group[] {
  const byType = new Map<string, Group>();
  for (const type of types) {
    const group = byType.get(type.type) ?? byType.set(type.type, { earlier: [] }).get(type.type)!;
    if (type.versionFolder === undefined) group.current = type;
    else group.earlier.push(type);
  }
  return [...byType.values()];
}

function Entry({ type, current, today, showVersion, onChoose }: { type: TypeSummary; current?: string; today: string; showVersion: boolean; onChoose(id: string): void }) {
  const retirement = retirementText(type.retired, today);
  const version = showVersion ? versionOf(type) : undefined;
  return (
    <a href={`#/${type.id}`} aria-current={type.id === current ? 'page' : undefined} class={type.ok ? '' : 'has-errors'}
      title={type.retired ? retirementTitle(type.retired) : undefined}
      onClick={(event) => {
        event.preventDefault();
        onChoose(type.id);
      }}>
      <span class="type-name">{type.name ?? type.type}</span>
      <span class="type-code">
        {type.code ?? type.type}{version ? ` ${version}` : ''}
        {retirement ? <span class="type-retired">{` · ${retirement}`}</span> : null}
        {type.ok ? '' : ' · fel'}
      </span>
    </a>
  );
}

export function TypeList({ types, current, today, onChoose }: { types: TypeSummary[]; current?: string; today: string; onChoose(id: string): void }) {
  const list = useRef<HTMLElement>(null);
  // The chosen type stays in sight in the list (only the list scrolls, not the page).
  useEffect(() => {
    const nav = list.current;
    const chosen = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav && chosen && (chosen.offsetTop < nav.scrollTop || chosen.offsetTop + chosen.offsetHeight > nav.scrollTop + nav.clientHeight)) {
      nav.scrollTop = chosen.offsetTop - nav.clientHeight / 3;
    }
  }, [current, types.length]);
  const entry = (type: TypeSummary, showVersion: boolean) => <Entry type={type} current={current} today={today} showVersion={showVersion} onChoose={onChoose} />;
  return (
    <nav class="types" aria-label="Intygstyper" ref={list}>
      <h2>Intygstyper</h2>
      <ul>
        {groups(types).flatMap(({ current: type, earlier }) => {
          const versions = earlier.map((version) => <li key={version.id} class="type-version">{entry(version, true)}</li>);
          // A type folder with only earlier versions lists them on their own.
          if (!type) return versions;
          return [
            <li key={type.id}>
              {entry(type, earlier.length > 0)}
              {earlier.length ? <ul class="type-versions" aria-label={`Tidigare versioner av ${type.code ?? type.type}`}>{versions}</ul> : null}
            </li>,
          ];
        })}
      </ul>
    </nav>
  );
}
