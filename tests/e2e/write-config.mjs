// Writes a built app's config.json for the end-to-end run: tests/e2e/config.e2e.json with
// api_base_url pointing at the backend's port (E2E_PORT + 10, tests/e2e/ports.mjs), and with
// `idporten` as second argument the login at the local OpenID provider
// (tests/e2e/idporten-settings.mjs). Run before `node scripts/csp.mjs DIST`, whose connect-src
// is taken from it.
//   node tests/e2e/write-config.mjs DIST [idporten]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKEND, PROVIDER } from './ports.mjs';
import { ASKED_LEVEL, SERVICE_CLIENT } from './idporten-settings.mjs';

const [dist, mode = 'test'] = process.argv.slice(2);
if (!dist || !['test', 'idporten'].includes(mode)) {
  console.error('usage: node tests/e2e/write-config.mjs DIST [idporten]');
  process.exit(2);
}
const config = JSON.parse(readFileSync(new URL('./config.e2e.json', import.meta.url), 'utf8'));
const auth = mode === 'idporten'
  ? { mode, issuer: PROVIDER, client_id: SERVICE_CLIENT.id, scopes: 'openid profile', acr_values: ASKED_LEVEL, redirect_path: '/logg-inn/idporten' }
  : config.auth;
writeFileSync(join(dist, 'config.json'), `${JSON.stringify({ ...config, api_base_url: BACKEND, auth }, null, 2)}\n`);
