// How the end-to-end run's local ID-porten is registered: read by the provider
// (tests/e2e/oidc-provider.mjs), the backend's options (playwright.config.mjs) and the app's
// config (tests/e2e/write-config.mjs). Secrets here are test values for a loopback provider.
import { APP_IDPORTEN } from './ports.mjs';

/** ID-porten's levels, lowest first; the app asks for and the backend demands the middle one. */
export const LEVELS = ['idporten-loa-low', 'idporten-loa-substantial', 'idporten-loa-high'];
export const ASKED_LEVEL = LEVELS[1];

export const REDIRECT_URI = `${APP_IDPORTEN}/soknad/logg-inn/idporten`;
export const POST_LOGOUT_URI = `${APP_IDPORTEN}/soknad/`;

const registered = (id, secret) => ({ id, secret, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [POST_LOGOUT_URI] });
/** The service's client, which the backend redeems codes as. */
export const SERVICE_CLIENT = registered('skoleleder-e2e', 'e2e-service-secret-0123456789abcdef');
/** A second registered client (another service): a login made for it is not the service's. */
export const OTHER_CLIENT = registered('annen-tjeneste-e2e', 'e2e-other-secret-0123456789abcdef');
export const CLIENTS = [SERVICE_CLIENT, OTHER_CLIENT];
