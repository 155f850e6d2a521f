/**
 * Every action in every status for each type family, as a table a reviewer can read row by row:
 * columns follow ACTIONS (create update deleteDraft sign send print replace revoke copy renew
 * createFromTemplate complement); "ok" is allowed, anything else is the refusal code. The user is
 * a doctor at the certificate's own care unit, with the patient's consent to send.
 */

import { describe, expect, it } from 'vitest';
import { ACTIONS, apply, availableActions, type LifecycleStatus } from '../../src/lifecycle/index.js';
import { FAMILIES, STATES, inState } from './fixtures.js';

const TABLE: Record<(typeof FAMILIES)[number], Record<LifecycleStatus, string>> = {
    fk7804: {
      draft: 'ok ok ok ok status-draft ok status-draft status-draft status-draft status-draft no-template status-draft',
      locked: 'ok status-locked ok status-locked status-locked ok status-locked ok ok status-locked no-template status-locked',
      signed: 'ok status-signed status-signed status-signed ok ok ok ok status-signed ok no-template no-complement-request',
      sent: 'ok status-sent status-sent status-sent status-sent ok ok ok status-sent ok no-template no-complement-request',
      replaced: 'ok status-replaced status-replaced status-replaced status-replaced ok status-replaced ok status-replaced status-replaced no-template status-replaced',
      revoked: 'ok status-revoked status-revoked status-revoked status-revoked ok status-revoked status-revoked status-revoked status-revoked no-template status-revoked',
      deleted: 'ok status-deleted status-deleted status-deleted status-deleted status-deleted status-deleted status-deleted status-deleted status-deleted no-template status-deleted',
    },
    ag114: {
      draft: 'ok ok ok ok print-only ok status-draft status-draft status-draft not-renewable no-template print-only',
      locked: 'ok status-locked ok status-locked print-only ok status-locked ok ok not-renewable no-template print-only',
      signed: 'ok status-signed status-signed status-signed print-only ok ok ok status-signed not-renewable no-template print-only',
      sent: 'ok status-sent status-sent status-sent print-only ok ok ok status-sent not-renewable no-template print-only',
      replaced: 'ok status-replaced status-replaced status-replaced print-only ok status-replaced ok status-replaced not-renewable no-template print-only',
      revoked: 'ok status-revoked status-revoked status-revoked print-only ok status-revoked status-revoked status-revoked not-renewable no-template print-only',
      deleted: 'ok status-deleted status-deleted status-deleted print-only status-deleted status-deleted status-deleted status-deleted not-renewable no-template print-only',
    },
    ag7804: {
      draft: 'ok ok ok ok print-only ok status-draft status-draft status-draft status-draft no-template print-only',
      locked: 'ok status-locked ok status-locked print-only ok status-locked ok ok status-locked no-template print-only',
      signed: 'ok status-signed status-signed status-signed print-only ok ok ok status-signed ok no-template print-only',
      sent: 'ok status-sent status-sent status-sent print-only ok ok ok status-sent ok no-template print-only',
      replaced: 'ok status-replaced status-replaced status-replaced print-only ok status-replaced ok status-replaced status-replaced no-template print-only',
      revoked: 'ok status-revoked status-revoked status-revoked print-only ok status-revoked status-revoked status-revoked status-revoked no-template print-only',
      deleted: 'ok status-deleted status-deleted status-deleted print-only status-deleted status-deleted status-deleted status-deleted status-deleted no-template print-only',
    },
    db: {
      draft: 'ok ok ok ok sent-on-sign ok status-draft status-draft status-draft not-renewable status-draft status-draft',
      locked: 'ok status-locked ok status-locked sent-on-sign ok status-locked ok ok not-renewable status-locked status-locked',
      signed: 'ok status-signed status-signed status-signed sent-on-sign ok ok ok status-signed not-renewable ok no-complement-request',
      sent: 'ok status-sent status-sent status-sent sent-on-sign ok ok ok status-sent not-renewable ok no-complement-request',
      replaced: 'ok status-replaced status-replaced status-replaced sent-on-sign ok status-replaced ok status-replaced not-renewable status-replaced status-replaced',
      revoked: 'ok status-revoked status-revoked status-revoked sent-on-sign ok status-revoked status-revoked status-revoked not-renewable status-revoked status-revoked',
      deleted: 'ok status-deleted status-deleted status-deleted sent-on-sign status-deleted status-deleted status-deleted status-deleted not-renewable status-deleted status-deleted',
    },
    doi: {
      draft: 'ok ok ok ok sent-on-sign ok status-draft status-draft status-draft not-renewable no-template status-draft',
      locked: 'ok status-locked ok status-locked sent-on-sign ok status-locked ok ok not-renewable no-template status-locked',
      signed: 'ok status-signed status-signed status-signed sent-on-sign ok ok ok status-signed not-renewable no-template no-complement-request',
      sent: 'ok status-sent status-sent status-sent sent-on-sign ok ok ok status-sent not-renewable no-template no-complement-request',
      replaced: 'ok status-replaced status-replaced status-replaced sent-on-sign ok status-replaced ok status-replaced not-renewable no-template status-replaced',
      revoked: 'ok status-revoked status-revoked status-revoked sent-on-sign ok status-revoked status-revoked status-revoked not-renewable no-template status-revoked',
      deleted: 'ok status-deleted status-deleted status-deleted sent-on-sign status-deleted status-deleted status-deleted status-deleted not-renewable no-template status-deleted',
    },
    tstrk1007: {
      draft: 'ok ok ok ok status-draft ok status-draft status-draft status-draft not-renewable no-template status-draft',
      locked: 'ok status-locked ok status-locked status-locked ok status-locked ok ok not-renewable no-template status-locked',
      signed: 'ok status-signed status-signed status-signed ok ok ok ok status-signed not-renewable no-template no-complement-request',
      sent: 'ok status-sent status-sent status-sent status-sent ok ok ok status-sent not-renewable no-template no-complement-request',
      replaced: 'ok status-replaced status-replaced status-replaced status-replaced ok status-replaced ok status-replaced not-renewable no-template status-replaced',
      revoked: 'ok status-revoked status-revoked status-revoked status-revoked ok status-revoked status-revoked status-revoked not-renewable no-template status-revoked',
      deleted: 'ok status-deleted status-deleted status-deleted status-deleted status-deleted status-deleted status-deleted status-deleted not-renewable no-template status-deleted',
    },
};

const cells = FAMILIES.flatMap((type) => STATES.map((state) => ({ type, state })));

describe('availableActions: action × status per family', () => {
  it('covers every family, every status and every action', () => {
    for (const type of FAMILIES) for (const state of STATES) expect(TABLE[type][state].split(' ')).toHaveLength(ACTIONS.length);
  });

  it.each(cells)('$type $state', ({ type, state }) => {
    const { certificate, context } = inState(type, state);
    const result = availableActions(certificate, context);
    expect(result.map((entry) => entry.action)).toEqual([...ACTIONS]);
    expect(result.map((entry) => (entry.allowed ? 'ok' : entry.code)).join(' ')).toBe(TABLE[type][state]);
    for (const entry of result) if (!entry.allowed) expect(entry.reason).toMatch(/^[A-ZÅÄÖ].+\.$/);
  });

  it.each(cells)('apply agrees with availableActions: $type $state', ({ type, state }) => {
    const { certificate, context } = inState(type, state);
    const withReason = { ...context, revocation: { reason: 'FEL_PATIENT' as const } };
    for (const entry of availableActions(certificate, withReason)) {
      const result = apply(entry.action, certificate, withReason);
      expect(result.ok, `${entry.action}`).toBe(entry.allowed);
      if (!result.ok && !entry.allowed) expect(result.code).toBe(entry.code);
    }
  });

  it('is deterministic', () => {
    const { certificate, context } = inState('db', 'signed');
    expect(availableActions(certificate, context)).toEqual(availableActions(certificate, context));
  });
});
