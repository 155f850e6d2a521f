#!/usr/bin/env node
// Builds dist/: JavaScript and .d.ts from src/ and generated/ (tsc), the print templates beside
// them, and a build id. `--if-stale` builds only when the sources changed since the last build,
// which costs a stat of each source file; `npm start`, `npm test` and bin/intyg.mjs in a source
// checkout go through it, so a fresh clone never needs a separate build command. Plain Node: it
// runs before anything else of the project can.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stampFile = join(dist, '.build-stamp');
const INPUTS = ['src', 'generated', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function walk(path, out) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return out;
  if (!stat.isDirectory()) {
    out.push([relative(root, path), stat.size, stat.mtimeMs]);
    return out;
  }
  for (const name of readdirSync(path).sort()) walk(join(path, name), out);
  return out;
}

/** Which files there are, with sizes and times: changes whenever a source is added, removed or saved. */
function inputStamp() {
  const entries = INPUTS.flatMap((input) => walk(join(root, input), []));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}

/** The build id caches key on: a hash of the sources' contents, independent of file times. */
function contentId() {
  const hash = createHash('sha256');
  for (const [file] of INPUTS.flatMap((input) => walk(join(root, input), []))) hash.update(file).update('\0').update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

export function isStale() {
  return !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== inputStamp();
}

async function withLock(action) {
  const lock = join(root, '.build-lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another process is building; a lock older than the longest build is left from a crash.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('väntade för länge på en annan byggprocess (.build-lock)');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return await action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function copyTemplates(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyTemplates(source, join(to, entry.name));
    else if (entry.name.endsWith('.hbs')) {
      mkdirSync(to, { recursive: true });
      cpSync(source, join(to, entry.name));
    }
  }
}

/**
 * The browser build: the runtime as one ES module (`intyg/browser`), bundled by esbuild from the
 * same sources. `platform: 'browser'` makes any Node API that slips into the runtime a build error.
 */
async function bundleBrowser(staging) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(root, 'src', 'browser.ts')], outfile: join(staging, 'browser', 'intyg.js'),
    bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning',
  });
}

/**
 * The studio's page (src/studio/web, Preact): one ES module and one stylesheet, served by the
 * studio itself, so the page needs no CDN and no inline script. It imports the runtime from the
 * same sources as intyg/browser.
 */
async function bundleStudio(staging) {
  const esbuild = await import('esbuild');
  const web = join(root, 'src', 'studio', 'web');
  await esbuild.build({
    entryPoints: { studio: join(web, 'main.tsx') }, outdir: join(staging, 'studio'),
    bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning',
    jsx: 'automatic', jsxImportSource: 'preact', tsconfig: join(web, 'tsconfig.json'),
  });
  await esbuild.build({ entryPoints: { studio: join(web, 'studio.css') }, outdir: join(staging, 'studio'), bundle: true, minify: true, logLevel: 'warning' });
}

/** Builds into a fresh folder and swaps it in, so a CLI started meanwhile never sees half a dist/. */
export async function build({ quiet = false } = {}) {
  return withLock(async () => {
    if (!isStale()) return 0;
    const stamp = inputStamp();
    const started = Date.now();
    const staging = join(root, `.dist-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    if (!existsSync(tsc)) throw new Error('typescript saknas; kör npm ci först');
    const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', staging], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      process.stderr.write(result.stdout + result.stderr);
      throw new Error('tsc kunde inte bygga dist/');
    }
    copyTemplates(join(root, 'src'), join(staging, 'src'));
    const precompile = spawnSync(process.execPath, [join(root, 'scripts', 'precompile-meta-schema.mjs'), staging], { cwd: root, encoding: 'utf8' });
    if (precompile.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      process.stderr.write(precompile.stdout + precompile.stderr);
      throw new Error('kunde inte förkompilera meta-schemat');
    }
    await bundleBrowser(staging);
    await bundleStudio(staging);
    writeFileSync(join(staging, 'src', 'build-info.js'), `export const BUILD_ID = ${JSON.stringify(contentId())};\n`);
    writeFileSync(join(staging, '.build-stamp'), stamp);
    const old = join(root, `.dist-old-${process.pid}`);
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(staging, dist);
    rmSync(old, { recursive: true, force: true });
    if (!quiet) console.error(`intyg: byggde dist/ (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    return 0;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
    if (!process.argv.includes('--if-stale')) rmSync(stampFile, { force: true });
    await build();
  } catch (error) {
    console.error(`intyg: bygget misslyckades: ${error.message}`);
    process.exit(1);
  }
}
