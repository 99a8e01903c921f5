// Before any test: the built app must talk to this run's backend (E2E_PORT), or every test
// would fail far from the cause. dist-e2e/config.json is written by tests/e2e/write-config.mjs.
import { readFileSync } from 'node:fs';
import { BACKEND, PROVIDER } from './ports.mjs';

export default function checkBuiltConfig() {
  for (const [dist, mode] of [['dist-e2e', ''], ['dist-e2e-idporten', ' idporten']]) {
    const built = JSON.parse(readFileSync(`${dist}/config.json`, 'utf8'));
    const issuer = mode ? built.auth.issuer : PROVIDER;
    if (built.api_base_url !== BACKEND || issuer !== PROVIDER) {
      throw new Error(`${dist}/config.json names the backend ${built.api_base_url} and issuer ${issuer}, but this run's are ${BACKEND} and ${PROVIDER} `
        + `(E2E_PORT=${process.env.E2E_PORT ?? 'unset'}): run \`node tests/e2e/write-config.mjs ${dist}${mode} && node scripts/csp.mjs ${dist}\` with the same E2E_PORT`);
    }
  }
}
