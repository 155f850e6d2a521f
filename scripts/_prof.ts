import { generateRegion } from './region-generator.js';
import { loadRuntime } from '../src/project.js';
import { createHistory } from '../src/documents/history.js';
import { caseOverview } from '../src/documents/cases.js';
const r = generateRegion({ contacts: 60000, consents: 10000, cases: 20000, certificates: 20000, patients: 16000 });
const rt = loadRuntime();
const T = '2026-12-31';
for (let k = 0; k < 2; k++) {
let t = performance.now();
for (const c of r.consents) rt.validate(c, { today: T });
console.log('consents validate', performance.now() - t); t = performance.now();
const h = createHistory(rt, { certificates: r.certificates, consents: r.consents }, { today: T });
console.log('history', performance.now() - t); t = performance.now();
for (const c of r.contacts) rt.validate(c, { today: T, history: h });
console.log('contacts', performance.now() - t); t = performance.now();
for (const c of r.contacts) rt.validate(c, { today: T });
console.log('contacts no history', performance.now() - t); t = performance.now();
for (const c of r.contacts) h.onSickLeave((c as any).patient.personId, (c as any).contactDate);
console.log('onSickLeave only', performance.now() - t); t = performance.now();
for (const c of r.contacts) h.consentedActors((c as any).patient.personId, (c as any).contactDate);
console.log('consentedActors only', performance.now() - t); t = performance.now();
for (const c of r.cases) rt.validate(c, { today: T });
console.log('cases validate', performance.now() - t); t = performance.now();
caseOverview(r.cases, rt.models, T);
console.log('case overview', performance.now() - t); t = performance.now();
}
