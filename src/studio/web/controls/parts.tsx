/** Small pieces several controls share: text values, dates as typed, a character counter. */

import { useEffect, useState } from 'preact/hooks';
import type { ShownIssue } from '../rules.js';

/** Blank text is no answer. */
export const textOrUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** Characters as the runtime counts them: code points. */
export const length = (text: string): number => [...text].length;

export const asText = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

export const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** An object without its empty entries, or undefined when nothing is left. */
export function compactRecord(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.entries(record).filter(([, value]) => value !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

export const hasIssue = (issues: readonly ShownIssue[], rel: (path: string) => boolean, severity = 'error') =>
  issues.some((issue) => issue.severity === severity && rel(issue.rel));

export function Counter({ id, text, max }: { id: string; text: string; max?: number }) {
  if (max === undefined) return null;
  const count = length(text);
  return <p id={id} class={count > max ? 'counter over' : 'counter'}>{count} av {max} tecken</p>;
}

interface DateInputProps {
  id: string;
  value: unknown;
  onChange(value: string | undefined): void;
  label: string;
  /** Shown beside the input; otherwise the label is for screen readers only. */
  visibleLabel?: boolean;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  onBlur?(text: string): void;
}

/** A date as Webcert takes it: typed, ÅÅÅÅ-MM-DD; whatever is typed goes to the rules. */
export function DateInput({ id, value, onChange, label, visibleLabel = true, disabled, invalid, describedBy, onBlur }: DateInputProps) {
  return (
    <span class="date">
      <label for={id} class={visibleLabel ? 'date-label' : 'visually-hidden'}>{label}</label>
      <input
        id={id} type="text" inputMode="numeric" autocomplete="off" placeholder="ÅÅÅÅ-MM-DD" size={11} maxLength={10}
        value={asText(value)} disabled={disabled} aria-invalid={invalid || undefined} aria-describedby={describedBy}
        onInput={(event) => onChange(textOrUndefined(event.currentTarget.value))}
        onBlur={onBlur && ((event) => onBlur(event.currentTarget.value))}
      />
    </span>
  );
}

interface TypedInputProps {
  id?: string;
  value: unknown;
  parse(typed: string): unknown;
  format(value: unknown): string;
  onChange(value: unknown): void;
  [attribute: string]: unknown;
}

/**
 * An input whose answer is parsed from the text (a number from "0,8"): the text stays as typed,
 * and is replaced only when the answer changes from elsewhere (an example loaded).
 */
export function TypedInput({ value, parse, format, onChange, ...attributes }: TypedInputProps) {
  const [text, setText] = useState(format(value));
  useEffect(() => {
    if (parse(text) !== value) setText(format(value));
  }, [value]);
  return (
    <input type="text" autocomplete="off" {...attributes} value={text}
      onInput={(event) => {
        setText(event.currentTarget.value);
        onChange(parse(event.currentTarget.value));
      }} />
  );
}
