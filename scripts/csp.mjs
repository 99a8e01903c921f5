// Writes a Content-Security-Policy <meta> into a built app's index.html and 404.html.
//   node scripts/csp.mjs DIST
// Trunk's loader is an inline <script>, so the policy allows exactly that script by its hash;
// connect-src names the backend from DIST/config.json. Run again after replacing config.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const apiBase = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8')).api_base_url ?? '/';
const apiOrigin = /^https?:\/\//.test(apiBase) ? new URL(apiBase).origin : null;

function policy(html) {
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes, "'wasm-unsafe-eval'"].join(' '),
    "style-src 'self'",
    // The design system draws its icons from data: URIs.
    "img-src 'self' data:",
    ['connect-src', "'self'", apiOrigin].filter(Boolean).join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

for (const file of ['index.html', '404.html']) {
  const path = join(dist, file);
  if (!existsSync(path)) continue;
  const html = readFileSync(path, 'utf8').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(html)}" />`;
  writeFileSync(path, html.replace(/(<meta charset="utf-8"\s*\/?>)/, `$1\n    ${meta}`));
}
console.log(`csp: ${policy(readFileSync(join(dist, 'index.html'), 'utf8'))}`);
