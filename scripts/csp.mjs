// Writes a Content-Security-Policy <meta> into a built app's index.html and 404.html.
//   node scripts/csp.mjs DIST
// The wasm's loader is an inline <script> (written by tools/wasm-split as Trunk would), so the
// policy allows exactly that script by its hash;
// connect-src names the backend, and with ID-porten its issuer, from DIST/config.json. Run again after replacing config.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const config = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8'));
const apiBase = config.api_base_url ?? '/';
const apiOrigin = /^https?:\/\//.test(apiBase) ? new URL(apiBase).origin : null;
// With ID-porten the app reads the provider's discovery document (the rest is page loads).
const issuerOrigin = config.auth?.mode === 'idporten' && /^https?:\/\//.test(config.auth.issuer ?? '')
  ? new URL(config.auth.issuer).origin
  : null;

/** Stops the build: a page left without its policy must never ship. */
function fail(message) {
  console.error(`csp: ${message}`);
  process.exit(1);
}

function inlineScripts(html) {
  return [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/** The wasm's loader and the first paint's route picker (scripts without a src). */
function allInlineScripts(html) {
  return [...html.matchAll(/<script(?: type="module"| data-first-paint)>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

function policy(html) {
  const hashes = allInlineScripts(html).map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes, "'wasm-unsafe-eval'"].join(' '),
    "style-src 'self'",
    // The design system draws its icons from data: URIs.
    "img-src 'self' data:",
    ['connect-src', "'self'", apiOrigin, issuerOrigin].filter(Boolean).join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const charset = /(<meta charset="utf-8"\s*\/?>)/;
// index.html must be there; 404.html is written by the build beside it, but a folder may lack it.
const pages = ['index.html', ...(existsSync(join(dist, '404.html')) ? ['404.html'] : [])];
for (const file of pages) {
  const path = join(dist, file);
  if (!existsSync(path)) fail(`${path} does not exist`);
  const html = readFileSync(path, 'utf8').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  if (!charset.test(html)) fail(`${path} has no <meta charset="utf-8"> to put the policy after`);
  if (inlineScripts(html).length === 0) fail(`${path} has no inline <script type="module"> loader to allow by its hash`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(html)}" />`;
  writeFileSync(path, html.replace(charset, `$1\n    ${meta}`));
}
console.log(`csp: ${policy(readFileSync(join(dist, 'index.html'), 'utf8'))}`);
