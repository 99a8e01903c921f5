// Writes the contract's browsable page, DIST/contract.html, from DIST/openapi.json (the bundle
// the build publishes beside the app) with Redocly's build-docs, so the page always shows the
// document that is served.
//   node scripts/contract-page.mjs DIST
// Redoc's scripts are inlined (--inlineBundle): the page loads nothing from another host, and
// the build fails if it would. It carries its own Content-Security-Policy: the inline scripts by
// their hashes, styles from a file beside it as the app's policy has them (see below).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const source = join(dist, 'openapi.json');
const page = join(dist, 'contract.html');

/** Stops the build: a page that breaks its policy or calls out must never ship. */
function fail(message) {
  console.error(`contract-page: ${message}`);
  process.exit(1);
}

if (!existsSync(source)) fail(`${source} does not exist`);
const redocly = spawnSync(
  'node_modules/.bin/redocly',
  ['build-docs', source, '--inlineBundle', '--output', page, '--title', 'Skoleleder API: the contract'],
  { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
);
if (redocly.status !== 0) fail(`redocly build-docs failed:\n${redocly.stdout}${redocly.stderr}`);

let html = readFileSync(page, 'utf8');

/** What would make the browser fetch from another host: an element's src or href, a
 *  stylesheet's url() or @import. Links to read elsewhere (<a href>) are not loads. */
function foreignLoads(text) {
  const patterns = [
    /<(?:script|link|img|iframe|source|audio|video|embed|object)\b[^>]*?\s(?:src|href|data)=["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
    /url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
    /@import\s+(?:url\()?\s*["']((?:https?:)?\/\/[^"']+)/gi,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]));
}

const foreign = foreignLoads(html);
if (foreign.length > 0) fail(`${page} would load from another host: ${[...new Set(foreign)].join(', ')}`);

/** Replaces `pattern` (which must occur exactly `count` times) in the page, or stops: a Redoc
 *  upgrade that moves what is patched must be looked at, not shipped unpatched. */
function patch(pattern, replacement, count, why) {
  const found = html.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  if (found !== count) fail(`expected ${count} of ${pattern} (${why}), found ${found}: has Redoc changed?`);
  html = html.replace(new RegExp(pattern.source, 'g'), replacement);
}
// Redoc's footer shows Redocly's logo from their CDN: an empty image instead (the link stays).
patch(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/, "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E", 2, 'the footer logo');
// The search probes for workers by compiling code with Function(), which the policy forbids
// (an eval the browser would report as a violation): the probe fails at once instead, and the
// search runs without a worker, as it would after the blocked eval.
patch(/\._factory\?\?=Function\([\w$]+\)/, '._factory??=(()=>{throw Error("no eval here")})()', 1, "the search's worker probe");

// Styles under the app's rule (`style-src 'self'`): what Redoc rendered at build time goes to a
// stylesheet file beside the page; the two style attributes its markup carries are allowed by
// their exact hashes ('unsafe-hashes' allows those values and no other); the style element its
// styled components make at run time starts empty (allowed by the empty text's hash) and is
// filled through the CSSOM, which the policy does not govern.
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const styleBlocks = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
if (styleBlocks.length === 0) fail(`${page} has no style element to move into a file: has Redoc's output changed?`);
const css = styleBlocks.join('\n');
const cssFile = `contract-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(dist, cssFile), css);
html = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '');
const attributeHashes = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => sha256(m[1])))];
const styleSources = ["'self'", sha256(''), ...(attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : [])];

const scripts = [...html.matchAll(/<script(?:\s+type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.length === 0) fail(`${page} has no inline script: has Redoc's output changed?`);
if (/<script\b[^>]*\ssrc=/i.test(html)) fail(`${page} loads a script file: the policy below allows inline scripts only`);
const hashes = scripts.map(sha256);
const policy = [
  "default-src 'none'",
  ['script-src', ...hashes].join(' '),
  ['style-src', ...styleSources].join(' '),
  "img-src 'self' data:",
  'font-src data:',
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const charset = /(<meta charset="[^"]*"\s*\/?>)/i;
if (!charset.test(html)) fail(`${page} has no <meta charset> to put the policy after`);
// The app's icon as the built index.html names it (Trunk puts a hash in the file's name):
// without an icon the browser asks the host's root for /favicon.ico, a 404.
const appPage = join(dist, 'index.html');
const appIcon = existsSync(appPage)
  ? readFileSync(appPage, 'utf8').match(/<link\b[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/)?.[1]
  : undefined;
if (!appIcon) fail(`${appPage} names no icon: the page would ask the host for /favicon.ico`);
const iconFile = appIcon.split('/').pop();
if (!existsSync(join(dist, iconFile))) fail(`the icon ${iconFile} that ${appPage} names is not in ${dist}`);
const icon = `\n  <link rel="icon" href="${iconFile}" type="image/svg+xml" />`;
html = html.replace(charset, `$1\n  <meta http-equiv="Content-Security-Policy" content="${policy}" />${icon}\n  <link rel="stylesheet" href="${cssFile}" />`);
writeFileSync(page, html);
console.log(`contract-page: ${page} (${Math.round(html.length / 1024)} KB), ${scripts.length} inline scripts allowed by hash`);
