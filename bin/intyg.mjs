#!/usr/bin/env node
// The intyg command runs the compiled CLI in dist/. In a source checkout (src/ beside dist/) it
// first rebuilds dist/ when a source changed, so editing src/ never runs stale code; an installed
// package has no src/ and starts at once.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../src/', import.meta.url))) {
  const { build, isStale } = await import('../scripts/build.mjs');
  if (isStale()) {
    try {
      await build({ quiet: true });
    } catch (error) {
      console.error(`intyg: kan inte bygga dist/: ${error.message}`);
      process.exit(3);
    }
  }
}
await import('../dist/src/cli/main.js');
