// A local OpenID provider for the end-to-end tests, set up like ID-porten's test environment:
// the npm package oidc-provider (a certified implementation) with two registered clients, the
// authorization code flow with PKCE (S256) required, RS256 ID tokens carrying `pid` (the
// person's fødselsnummer) and `acr` (idporten-loa-substantial or -high), `ui_locales`, and
// logout at the end-session endpoint. The login page stands in for TestID: type a synthetic
// fødselsnummer and choose the level, or cancel.
//   node tests/e2e/oidc-provider.mjs
import { createServer } from 'node:http';
import { createHash, generateKeyPairSync } from 'node:crypto';
import Provider, { interactionPolicy } from 'oidc-provider';
import { PROVIDER, PROVIDER_PORT } from './ports.mjs';
import { CLIENTS, LEVELS } from './idporten-settings.mjs';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e-signing-1', use: 'sig', alg: 'RS256' };

// ID-porten's `sub` is a pseudonym per person; `pid` is the fødselsnummer.
const pseudonym = (pid) => createHash('sha256').update(`e2e:${pid}`).digest('base64url').slice(0, 32);
const people = new Map();

// Like ID-porten, an earlier session at a lower level than the one asked for logs the user in
// again. A login just made at a lower level goes back as it is: the backend must refuse it.
const rank = (acr) => LEVELS.indexOf(acr);
const policy = interactionPolicy.base();
policy.get('login').checks.add(new interactionPolicy.Check(
  'acr_below_asked',
  'the session is at a lower level than acr_values asks',
  ({ oidc }) => !oidc.result?.login && rank(oidc.acr) < rank(oidc.params.acr_values?.split(' ')[0] ?? LEVELS[1]),
));

const provider = new Provider(PROVIDER, {
  clients: CLIENTS.map(({ id, secret, redirectUris, postLogoutRedirectUris }) => ({
    client_id: id,
    client_secret: secret,
    redirect_uris: redirectUris,
    post_logout_redirect_uris: postLogoutRedirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'RS256',
  })),
  jwks: { keys: [signingKey] },
  responseTypes: ['code'],
  pkce: { required: () => true },
  scopes: ['openid', 'profile'],
  claims: { openid: ['sub'], profile: ['pid'] },
  acrValues: LEVELS,
  // ID-porten puts `pid` in the ID token itself, not only behind the userinfo endpoint.
  conformIdTokenClaims: false,
  cookies: { keys: ['e2e-cookie-key-not-secret'] },
  ttl: { IdToken: 3600, AuthorizationCode: 120, AccessToken: 600, Session: 3600, Interaction: 600, Grant: 3600 },
  interactions: { policy, url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      // ID-porten ends its session without asking; the form says "all of it" (logout=yes).
      logoutSource: async (ctx, form) => {
        ctx.body = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Logger ut</title></head><body>
${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}
<script>document.forms[0].submit()</script></body></html>`;
      },
    },
  },
  findAccount: async (ctx, sub) => {
    const pid = people.get(sub);
    return pid && { accountId: sub, claims: async () => ({ sub, pid }) };
  },
  // A first-party service: no consent page, as at ID-porten.
  loadExistingGrant: async (ctx) => {
    const { oidc } = ctx;
    const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
    if (grantId) return oidc.provider.Grant.find(grantId);
    const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    await grant.save();
    return grant;
  },
});

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid, params) {
  const locale = ['nb', 'nn', 'en', 'se'].includes(params.ui_locales) ? params.ui_locales : 'nb';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>ID-porten (test)</title></head>
<body><main><h1>ID-porten (test)</h1>
<p id="ui-locales">${escape(params.ui_locales ?? '')}</p>
<p id="acr-values">${escape(params.acr_values ?? '')}</p>
<form method="post" action="/interaction/${uid}/login">
  <label for="pid">Fødselsnummer</label> <input id="pid" name="pid" inputmode="numeric" autocomplete="off">
  <label for="acr">Innloggingsmåte</label>
  <select id="acr" name="acr">
    <option value="idporten-loa-substantial">MinID (betydelig)</option>
    <option value="idporten-loa-high">BankID (høyt)</option>
    <option value="idporten-loa-low">Lavt nivå</option>
  </select>
  <button type="submit" name="action" value="login">Logg inn</button>
  <button type="submit" name="action" value="cancel">Avbryt</button>
</form></main></body></html>`;
}

async function formBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return Object.fromEntries(new URLSearchParams(text));
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(loginPage(details.uid, details.params));
  }
  const form = await formBody(req);
  if (form.action === 'cancel') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'cancelled at the test login' });
  }
  if (!/^\d{11}$/.test(form.pid ?? '') || !LEVELS.includes(form.acr)) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(`not a fødselsnummer or level: ${form.pid} ${form.acr}`);
  }
  const sub = pseudonym(form.pid);
  people.set(sub, form.pid);
  return provider.interactionFinished(req, res, { login: { accountId: sub, acr: form.acr, amr: ['TestID'] } }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
createServer((req, res) => {
  const path = new URL(req.url, PROVIDER).pathname;
  // Browsers ask every page's origin for an icon; the provider has none.
  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (/^\/interaction\/[^/]+(\/login)?$/.test(path)) {
    interaction(req, res).catch((error) => {
      console.error('oidc-provider: interaction failed', error);
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
    return;
  }
  callback(req, res);
}).listen(PROVIDER_PORT, '127.0.0.1', () => console.log(`oidc-provider: ${PROVIDER}`));
