/** What a registration's printout says about its envelope: the contact, who was responsible, the unit. */

import { isPlainObject } from '../../fields/kind.js';
import type { PrintedEnvelope } from '../kind.js';
import { formatPerson, unitLine } from '../printed.js';

export function printedRegistration(document: Record<string, unknown>): PrintedEnvelope {
  const performer = isPlainObject(document.performedBy) ? document.performedBy : {};
  return {
    statusText: 'Detta är en utskrift av en registrering av en vårdkontakt. Registreringen signeras inte och skickas inte till någon mottagare.',
    details: [
      { label: 'Vårdkontakt', value: typeof document.contactDate === 'string' ? document.contactDate : 'Ej angivet' },
      { label: 'Ansvarig för vårdkontakten', value: formatPerson(performer) + (performer.rehabCoordinator === true ? ' (rehabkoordinator)' : '') },
      ...unitLine(document),
    ],
  };
}
