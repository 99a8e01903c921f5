// Writes the built app's config.json for the end-to-end run: tests/e2e/config.e2e.json with
// api_base_url pointing at the backend's port (E2E_PORT + 10, tests/e2e/ports.mjs). Run before
// `node scripts/csp.mjs DIST`, whose connect-src is taken from it.
//   node tests/e2e/write-config.mjs DIST
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKEND } from './ports.mjs';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node tests/e2e/write-config.mjs DIST');
  process.exit(2);
}
const config = JSON.parse(readFileSync(new URL('./config.e2e.json', import.meta.url), 'utf8'));
writeFileSync(join(dist, 'config.json'), `${JSON.stringify({ ...config, api_base_url: BACKEND }, null, 2)}\n`);
