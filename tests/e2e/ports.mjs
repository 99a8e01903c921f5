// Where the end-to-end servers listen, from one base port: E2E_PORT (default 4600) lets two
// runs share a machine. The app is served at +1 (rewrites), +2 (a 404.html fallback), +3
// (_redirects rules) and +4 (logging in with ID-porten); the reference backend listens at +10,
// its supervisor's control port (restarting it) at +11 and the local OpenID provider at +20.
// Read by playwright.config.mjs, the specs and write-config.mjs alike.
const base = Number(process.env.E2E_PORT ?? 4600);
if (!Number.isInteger(base) || base < 1024 || base > 65_000) {
  throw new Error(`E2E_PORT must be a port number from 1024 to 65000, not ${process.env.E2E_PORT}`);
}

export const E2E_PORT = base;
export const APP_PORTS = { rewrite: base + 1, fallback: base + 2, redirects: base + 3, idporten: base + 4 };
export const BACKEND_PORT = base + 10;
export const CONTROL_PORT = base + 11;
/** The local OpenID provider standing in for ID-porten (tests/e2e/oidc-provider.mjs). */
export const PROVIDER_PORT = base + 20;

const origin = (port) => `http://127.0.0.1:${port}`;
/** The app's origins: served with rewrites, with a 404.html fallback, with _redirects rules. */
export const APP = origin(APP_PORTS.rewrite);
export const APP_404 = origin(APP_PORTS.fallback);
export const APP_REDIRECTS = origin(APP_PORTS.redirects);
/** The app built with `auth.mode: "idporten"` (dist-e2e-idporten), logging in at PROVIDER. */
export const APP_IDPORTEN = origin(APP_PORTS.idporten);
/** The local OpenID provider's issuer. */
export const PROVIDER = origin(PROVIDER_PORT);
/** The reference backend the built app talks to (its config.json's api_base_url). */
export const BACKEND = origin(BACKEND_PORT);
/** The backend supervisor's control port (tests/e2e/backend-supervisor.mjs). */
export const CONTROL = origin(CONTROL_PORT);
