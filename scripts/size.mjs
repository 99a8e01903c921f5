// Brotli size (quality 11, as a host's pre-compression would) of each file the first page loads:
// index.html, what it links (scripts, styles, preloads, icon), and config.json, read at start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const linked = [...html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
const base = html.match(/<base href="([^"]*)"/)?.[1] ?? '/';
const files = ['index.html', ...new Set(linked.map((url) => url.replace(base, '').replace(/^\//, ''))), 'config.json'];

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
let totalRaw = 0;
let totalBrotli = 0;
console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'brotli KB'.padStart(9)}`);
for (const file of files) {
  const bytes = readFileSync(join(dist, file));
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  totalRaw += bytes.length;
  totalBrotli += brotli;
  console.log(`${file.padEnd(48)} ${kb(bytes.length)} ${kb(brotli).padStart(9)}`);
}
console.log(`${'total first load'.padEnd(48)} ${kb(totalRaw)} ${kb(totalBrotli).padStart(9)}`);
