/** How the page names a type's versions: the version beside the code, and an earlier version's retirement in Swedish. */

import type { TypeSummary } from '../protocol.js';

/**
 * `avvecklad 2025-08-04` once the version's last day (`retired:`) has passed, `avvecklas 2027-01-31`
 * before; undefined for a version that is not retired.
 */
export function retirementText(retired: string | undefined, today: string): string | undefined {
  if (retired === undefined) return undefined;
  return today > retired ? `avvecklad ${retired}` : `avvecklas ${retired}`;
}

/** What the retirement means, for a tooltip: the same rule as the lifecycle's. */
export function retirementTitle(retired: string): string {
  return `Sista dag för nya utkast och signering: ${retired}. Signerade intyg i versionen valideras och skrivs ut som förut.`;
}

/** The version shown beside the code: the model's, else the folder's (a version that has never compiled). */
export const versionOf = (type: Pick<TypeSummary, 'version' | 'versionFolder'>) => type.version ?? type.versionFolder;
