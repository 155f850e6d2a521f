import { generateRegion } from './region-generator.js';
import { loadRuntime } from '../src/project.js';
import { caseOverview } from '../src/documents/cases.js';
const r = generateRegion({ contacts: 10, consents: 10, cases: 50000, certificates: 10, patients: 1000 });
const rt = loadRuntime();
for (let k = 0; k < 4; k++) { const t = performance.now(); caseOverview(r.cases, rt.models, '2026-12-31'); console.log('overview', performance.now() - t); }
