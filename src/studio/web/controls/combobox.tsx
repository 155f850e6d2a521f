/**
 * A text input with suggestions from a code system, keyboard first (the WAI-ARIA combobox
 * pattern): typing searches, ↓/↑ move, Enter picks, Escape closes. What is typed stays the
 * answer when nothing is picked, so the rules judge it.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import type { CodeHit, CodeSystemId } from '../../protocol.js';
import type { ControlProps } from './types.js';

interface ComboboxProps {
  id: string;
  value: string;
  system: CodeSystemId;
  search: ControlProps['search'];
  onInput(text: string): void;
  onPick(hit: CodeHit): void;
  /** What a suggestion reads as in the list. */
  show(hit: CodeHit): string;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  label?: string;
  size?: number;
}

export function Combobox({ id, value, system, search, onInput, onPick, show, disabled, invalid, describedBy, label, size }: ComboboxProps) {
  const [hits, setHits] = useState<CodeHit[]>([]);
  const [more, setMore] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const lookUp = (text: string) => {
    clearTimeout(timer.current);
    const asked = ++query.current;
    if (text.trim().length < 2) {
      setHits([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(() => {
      search(system, text).then((result) => {
        // An older answer arriving after a newer question is dropped.
        if (asked !== query.current) return;
        setHits(result.hits);
        setMore(result.more);
        setOpen(result.hits.length > 0);
        setActive(result.hits.length ? 0 : -1);
      }, () => undefined);
    }, 80);
  };
  const pick = (hit: CodeHit) => {
    query.current += 1;
    setOpen(false);
    onPick(hit);
  };
  const listId = `${id}-list`;
  return (
    <span class="combobox">
      <input
        id={id} type="text" role="combobox" autocomplete="off" aria-autocomplete="list" aria-expanded={open} aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined} aria-label={label} aria-describedby={describedBy}
        aria-invalid={invalid || undefined} value={value} disabled={disabled} size={size}
        onInput={(event) => {
          onInput(event.currentTarget.value);
          lookUp(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && hits.length) {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(index + 1, hits.length - 1));
          } else if (event.key === 'ArrowUp' && open) {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter' && open && active >= 0) {
            event.preventDefault();
            pick(hits[active]);
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" class="suggestions" hidden={!open} aria-label={label ? `Förslag: ${label}` : 'Förslag'}>
        {hits.map((hit, index) => (
          <li id={`${listId}-${index}`} role="option" aria-selected={index === active} key={hit.code}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(hit);
            }}>
            {show(hit)}
          </li>
        ))}
        {more ? <li class="more" role="presentation">Fler träffar finns – skriv mer.</li> : null}
      </ul>
    </span>
  );
}
