/** The control of a kind, as registered by `index.ts`; rows use it for their columns without an import cycle. */

import type { ControlSpec } from './types.js';

const controls = new Map<string, ControlSpec>();

export function registerControls(specs: readonly ControlSpec[]): void {
  for (const spec of specs) controls.set(spec.kind, spec);
}

export function controlFor(kind: string): ControlSpec | undefined {
  return controls.get(kind);
}

export function registeredKinds(): string[] {
  return [...controls.keys()].sort();
}
