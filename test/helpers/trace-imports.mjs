// Loaded with `node --import`: registers a resolve hook that writes every module the process loads
// to the file in INTYG_TRACE_IMPORTS, one URL per line, so a test can see what a command imported.
import { register } from 'node:module';

register('data:text/javascript,' + encodeURIComponent(`
import { appendFileSync } from 'node:fs';
const file = ${JSON.stringify(process.env.INTYG_TRACE_IMPORTS)};
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(file, result.url + '\\n');
  return result;
}`));
