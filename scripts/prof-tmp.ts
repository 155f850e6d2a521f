import { compile } from '../src/compile.js';
import { readCompileInput } from '../src/project.js';
import { createRuntime } from '../src/runtime/runtime.js';
import { fk7804Payload, BENCH_TODAY } from './bench/fk7804-payloads.js';
const input = readCompileInput();
const runtime = createRuntime(compile(input).models, input.env.codeSystems);
const valid = Array.from({ length: 200 }, (_, s) => fk7804Payload(s, false));
let t = performance.now(); let n = 0;
while (performance.now() - t < 4000) { for (let i = 0; i < 100; i++) runtime.validate(valid[(n++) % 200], { today: BENCH_TODAY }); }
console.log(n / 4, 'ops/s');
