#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
try {
  await import('../src/cli/main.ts');
} catch (error) {
  // Users get one line; INTYG_DEBUG=1 shows the stack for whoever fixes it.
  console.error(process.env.INTYG_DEBUG ? error : `intyg: internt fel: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
