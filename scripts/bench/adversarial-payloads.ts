/**
 * Adversarial request bodies, each built up to (just under) the service's 2 MB body limit: the
 * attacks of issue 13 (190,000 ICF codes, 190,000 wrong items, an unbounded error list) and the
 * shapes that cost the most per byte (many distinct keys, deep nesting, long text full of
 * characters that must be refused). Shared by the tests (library, CLI and HTTP, generous bounds)
 * and `npm run bench:adversarial` (the numbers: ≤ 50 ms each, /health < 50 ms meanwhile).
 */

/** Just under DEFAULT_BODY_LIMITS.bytes, so every body reaches the parser. */
export const TARGET_BYTES = 2 * 1024 * 1024 - 4 * 1024;

export interface AdversarialPayload {
  name: string;
  /** Route and query, e.g. `/validate?today=2026-11-20`. */
  route: string;
  /** The request body, as sent. */
  body: string;
  /** What the service answers: 200 with a result, or the error code. */
  expect: { status: number; code?: string };
}

const TODAY = '2026-11-20';

function envelope(type: string, version: string, answers: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type, version, status: 'draft',
    patient: { personId: '191212121212' },
    issuer: { hsaId: 'SE2321000016-1003', name: 'Ajla Doktor', profession: 'lakare' },
    unit: { hsaId: 'SE2321000016-1001', name: 'Vårdcentralen', address: 'Storgatan 1', postalCode: '11122', city: 'Stockholm', phone: '0812345' },
    answers,
    ...extra,
  };
}

/** The largest `n` (up to `max`) for which the body `make(n)` still fits TARGET_BYTES. */
function fit(make: (n: number) => unknown, max = 10_000_000): string {
  const text = (n: number) => { const body = make(n); return typeof body === 'string' ? body : JSON.stringify(body); };
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (Buffer.byteLength(text(middle)) <= TARGET_BYTES) low = middle;
    else high = middle - 1;
  }
  return text(low);
}

/**
 * The corpus. `versions` gives each type's version (from the runtime), so the payloads pass the
 * envelope and reach validation.
 */
export function adversarialPayloads(versions: ReadonlyMap<string, string>): AdversarialPayload[] {
  const v = (type: string) => versions.get(type)!;
  const validate = `/validate?today=${TODAY}`;
  const list: AdversarialPayload[] = [];
  const add = (name: string, route: string, body: unknown, expect: AdversarialPayload['expect']) =>
    list.push({ name, route, body: typeof body === 'string' ? body : JSON.stringify(body), expect });

  // Issue 13, point 2: the quadratic duplicate check, and the unbounded list.
  add('icf-190000-duplicate-codes', validate, envelope('fk7804', v('fk7804'), { funktionsnedsattning: { text: 'x', codes: Array.from({ length: 190_000 }, () => 'b130') } }), { status: 200 });
  // At the byte limit a list of short items has more values than any request may: refused before parsing.
  add('icf-codes-to-the-limit', validate, fit((n) => envelope('fk7804', v('fk7804'), { funktionsnedsattning: { text: 'x', codes: Array.from({ length: n }, (_, i) => `${'bdes'[i % 4]}${i % 100_000}`) } }), 400_000), { status: 413, code: 'too-many-values' });
  add('diagnoses-190000-wrong-items', validate, envelope('fk7804', v('fk7804'), { diagnoser: Array.from({ length: 190_000 }, () => 0) }), { status: 200 });
  add('multichoice-190000-unknown-options', validate, envelope('ag7804', v('ag7804'), { sysselsattning: Array.from({ length: 190_000 }, () => 'X') }), { status: 200 });
  add('rows-to-the-limit', validate, fit((n) => envelope('doi', v('doi'), { foljd: Array.from({ length: n }, () => ({ beskrivning: 'x'.repeat(20), datum: 1 })) }), 100_000), { status: 200 });
  // Every value its own wrong item, each giving an issue: the list must come back capped.
  const keys = 9_500;
  const filled = (prefix: string, value: (filler: string) => unknown) => (n: number) => Object.fromEntries(Array.from({ length: keys }, (_, i) => [`${prefix}${i}`, value('x'.repeat(n))]));
  add('answers-9500-unknown-questions', validate, fit((n) => envelope('fk7804', v('fk7804'), filled('q', (x) => x)(n)), 1000), { status: 200 });
  add('envelope-9500-unknown-keys', validate, fit((n) => envelope('fk7804', v('fk7804'), {}, filled('k', (x) => x)(n)), 1000), { status: 200 });
  add('periods-9500-unknown-degrees', validate, fit((n) => envelope('fk7804', v('fk7804'), { sjukskrivning: filled('G', (x) => ({ from: TODAY, to: x }))(n) }), 1000), { status: 200 });
  add('icf-object-9500-unknown-keys', validate, fit((n) => envelope('fk7804', v('fk7804'), { aktivitetsbegransning: filled('k', (x) => x)(n) }), 1000), { status: 200 });
  // Text the transport cannot carry, at the limit.
  add('text-one-nul-at-the-end', validate, fit((n) => envelope('fk7804', v('fk7804'), { ovrigt: `${'å'.repeat(n)}\u0000` })), { status: 200 });
  add('text-full-of-bidi-overrides', validate, fit((n) => envelope('fk7804', v('fk7804'), { ovrigt: 'a\u202e'.repeat(n) })), { status: 200 });
  add('text-full-of-lone-surrogates', validate, fit((n) => `{"type":"fk7804","version":"${v('fk7804')}","patient":{"personId":"191212121212"},"answers":{"ovrigt":"${'\\ud800'.repeat(n)}"}}`), { status: 200 });
  add('impossible-dates-everywhere', validate, envelope('fk7804', v('fk7804'), { baseratPa: { FYSISKUNDERSOKNING: '0000-01-01' }, sjukskrivning: { HELT_NEDSATT: { from: '0000-01-01', to: '9999-12-31' } } }, { signedAt: '2026-02-30T25:61' }), { status: 200 });
  // Shapes that are costly before any of our code runs.
  add('20000-distinct-keys', validate, envelope('fk7804', v('fk7804'), Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`q${i}`, 1]))), { status: 413, code: 'too-many-keys' });
  add('nesting-a-million-deep', validate, fit((n) => `${'['.repeat(n)}${']'.repeat(n)}`), { status: 400, code: 'too-deep' });
  add('a-million-values', validate, fit((n) => envelope('fk7804', v('fk7804'), { diagnoser: Array.from({ length: n }, () => 0) }), 2_000_000), { status: 413, code: 'too-many-values' });
  add('one-key-of-two-megabytes', validate, fit((n) => `{${JSON.stringify('k'.repeat(n))}:1}`), { status: 422, code: 'unknown-type' });
  // The same through the other routes that take certificates.
  add('evaluate-icf-190000', `/evaluate?today=${TODAY}`, envelope('fk7804', v('fk7804'), { funktionsnedsattning: { text: 'x', codes: Array.from({ length: 190_000 }, () => 'b130') } }), { status: 200 });
  add('render-html-long-text', `/render?format=html&printedAt=${TODAY}T12:00`, fit((n) => envelope('fk7804', v('fk7804'), { ovrigt: '<script>alert(1)</script>'.repeat(n) })), { status: 200 });
  add('actions-sign-9500-unknown-questions', '/actions/sign', fit((n) => ({ certificate: envelope('fk7804', v('fk7804'), filled('q', (x) => x)(n)), context: { user: { profession: 'lakare' }, today: TODAY } }), 1000), { status: 409, code: 'invalid-certificate' });
  add('actions-10000-existing-certificates', '/actions', { certificate: envelope('db', v('db'), {}), context: { user: { profession: 'lakare' }, today: TODAY, existing: Array.from({ length: 10_000 }, (_, i) => ({ id: `C${i}`, type: 'db', status: 'signed', careUnit: 'U1', careProvider: 'P1' })) } }, { status: 200 });
  // Decision support over as many certificates as fit.
  const certificate = { patient: { personId: '191212121212' }, signedAt: TODAY, unit: { hsaId: 'U1' }, answers: { sjukskrivning: { HELT_NEDSATT: { from: TODAY, to: '2026-12-20' } }, diagnoser: [{ code: 'F32', description: 'x' }] } };
  add('sjukfall-one-patient-many-certificates', '/sjukfall', fit((n) => ({ certificates: Array.from({ length: n }, () => certificate), activeDate: TODAY }), 50_000), { status: 200 });
  add('statistik-one-patient-many-certificates', '/statistik', fit((n) => ({ certificates: Array.from({ length: n }, () => certificate), activeDate: TODAY }), 50_000), { status: 200 });
  return list;
}
