// Before any test: the built app must talk to this run's backend (E2E_PORT), or every test
// would fail far from the cause. dist-e2e/config.json is written by tests/e2e/write-config.mjs.
import { readFileSync } from 'node:fs';
import { BACKEND } from './ports.mjs';

export default function checkBuiltConfig() {
  const built = JSON.parse(readFileSync('dist-e2e/config.json', 'utf8')).api_base_url;
  if (built !== BACKEND) {
    throw new Error(`dist-e2e/config.json names the backend ${built}, but this run's is ${BACKEND} (E2E_PORT=${process.env.E2E_PORT ?? 'unset'}): `
      + 'run `node tests/e2e/write-config.mjs dist-e2e && node scripts/csp.mjs dist-e2e` with the same E2E_PORT');
  }
}
