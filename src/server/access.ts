/**
 * Access to patient-level sick-leave data (seed 004): reading Rehabstöd's lists and statistics
 * requires a quality-assurance assignment (kvalitetssäkringsuppdrag) that the head of the unit
 * has documented and registered, so the access log can be traced to it. The service has no login
 * of its own; the authenticating proxy in front of it (SITHS, the region's IdP) states the caller's
 * assignment in a trusted header, and must remove any such header a client sends:
 *
 *   X-Intyg-Uppdrag: <the assignment's registration number, e.g. RH 2026/1234>
 *   X-Intyg-Anvandare: <the user's HSA id>            (optional, for the access log)
 *
 * Routes that return patient-level sick-leave data (`/sjukfall`) refuse a request without the
 * assignment with 403 `assignment-required` and no data; aggregates (`/statistik`,
 * `/indikatorer`) need none. Each granted request writes one access-log line with the assignment,
 * the user and how many patients were returned, never who they were.
 */

import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

export const ASSIGNMENT_HEADER = 'x-intyg-uppdrag';
export const USER_HEADER = 'x-intyg-anvandare';
/** Registration numbers and HSA ids: letters, digits, spaces and - / . : only, so a log line stays a log line. */
const REFERENCE = /^[\p{L}\p{N}][\p{L}\p{N} .\-/:]{0,79}$/u;

export const SECURITY_SCHEME = {
  kvalitetssakringsuppdrag: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Intyg-Uppdrag',
    description: 'Diarienumret för det dokumenterade kvalitetssäkringsuppdrag som användaren arbetar under. Sätts av den autentiserande proxyn framför tjänsten, som också tar bort rubriken om en klient skickar den. Krävs för patientnära sjukskrivningsdata; aggregerad statistik kräver den inte.',
  },
} as const;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value.trim() : undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The assignment a request for patient-level data was granted under. */
    assignment?: { reference: string; user?: string };
  }
}

/** preHandler of a route returning patient-level sick-leave data. */
export async function requireAssignment(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const reference = header(request, ASSIGNMENT_HEADER);
  if (!reference || !REFERENCE.test(reference)) {
    throw new ApiError(403, 'assignment-required',
      'Patientuppgifter om sjukskrivning kräver ett dokumenterat kvalitetssäkringsuppdrag (rubriken X-Intyg-Uppdrag från inloggningen).',
      'Patient-level sick-leave data requires a documented quality-assurance assignment (the X-Intyg-Uppdrag header from the login proxy).');
  }
  const user = header(request, USER_HEADER);
  request.assignment = { reference, ...(user && REFERENCE.test(user) ? { user } : {}) };
}

/** The access-log line for a granted read: who, under which assignment, how many patients. */
export function logAccess(request: FastifyRequest, patients: number): void {
  if (!request.assignment) return;
  request.log.info({ access: { assignment: request.assignment.reference, user: request.assignment.user, route: request.routeOptions.url, patients } }, 'patient data read');
}
