/**
 * The page and its files. The JavaScript and CSS are built by `scripts/build.mjs` (esbuild) into
 * `dist/studio/` and served from there; the HTML only names them, so the page has no inline
 * script or style and the Content-Security-Policy can forbid both. Nothing is fetched from
 * anywhere else: the studio works offline.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PACKAGE_ROOT } from '../../util/package-root.js';
import { ApiError } from '../../server/errors.js';

export const STUDIO_ASSETS_DIR = join(PACKAGE_ROOT, 'dist', 'studio');
const ASSETS: Record<string, string> = { 'studio.js': 'text/javascript; charset=utf-8', 'studio.css': 'text/css; charset=utf-8' };

interface Asset {
  body: Buffer;
  type: string;
  hash: string;
}

function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [name, type] of Object.entries(ASSETS)) {
    const file = join(dir, name);
    if (!existsSync(file)) throw new Error(`${file} saknas; bygg om med \`npm run build\`.`);
    const body = readFileSync(file);
    assets.set(name, { body, type, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) });
  }
  return assets;
}

export function page(assets: Map<string, Asset>): string {
  const url = (name: string) => `/studio/assets/${name}?v=${assets.get(name)!.hash}`;
  return [
    '<!doctype html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>intyg studio</title>',
    // No favicon request: the studio has none, and a 404 would be noise in the console.
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${url('studio.css')}">`,
    `<script type="module" src="${url('studio.js')}"></script>`,
    '</head>',
    '<body>',
    '<div id="app"><p class="booting">Studion startar …</p></div>',
    '<noscript><p>Studion behöver JavaScript.</p></noscript>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function registerPageRoutes(app: FastifyInstance, assetsDir = STUDIO_ASSETS_DIR): void {
  const assets = readAssets(assetsDir);
  const html = page(assets);
  app.get('/', async (_request, reply) => reply.redirect('/studio/'));
  app.get('/studio', async (_request, reply) => reply.redirect('/studio/'));
  app.get('/studio/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  app.get<{ Params: { name: string } }>('/studio/assets/:name', async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) throw new ApiError(404, 'not-found', 'Filen finns inte.', 'No such file.');
    return reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body);
  });
}
