/** What a case's printout says about its envelope: received, status, first reply, who handles it. */

import { isPlainObject } from '../../fields/kind.js';
import type { PrintedEnvelope } from '../kind.js';
import { CASE_STATUSES, CASE_STATUS_NAMES } from '../kinds/case.js';
import { formatPerson, unitLine } from '../printed.js';
import { swedishWallTime } from '../time.js';

export function printedCase(document: Record<string, unknown>): PrintedEnvelope {
  const status = (CASE_STATUSES as readonly unknown[]).includes(document.status) ? (document.status as (typeof CASE_STATUSES)[number]) : 'ny';
  const at = (value: unknown) => (typeof value === 'string' ? swedishWallTime(value) : undefined);
  return {
    statusText: 'Detta är en utskrift av ett ärende i 1177 e-tjänster. Invånaren ska få återkoppling inom två arbetsdagar.',
    details: [
      { label: 'Inkom', value: at(document.receivedAt) ?? 'Ej angivet' },
      { label: 'Status', value: CASE_STATUS_NAMES[status] },
      { label: 'Första återkoppling', value: at(document.firstReplyAt) ?? 'Ingen ännu' },
      { label: 'Handläggs av', value: formatPerson(isPlainObject(document.handledBy) ? document.handledBy : {}) },
      ...unitLine(document),
    ],
  };
}
