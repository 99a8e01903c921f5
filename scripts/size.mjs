// Brotli size (quality 11, as a host's pre-compression would) of each file the first page loads:
// index.html, what it links (scripts, styles, preloads, icon), and config.json, read at start
// (preloaded by index.html; counted once).
//   node scripts/size.mjs DIST       prints the table (scripts/bench uses firstLoadSizes too)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const isFont = (file) => file.endsWith('.woff2');

/** Every file index.html loads or preloads, by its path in `dist`. */
function linkedFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  const base = html.match(/<base href="([^"]*)"/)?.[1] ?? '/';
  return [...new Set(['index.html', ...linked.map((url) => url.replace(base, '').replace(/^\//, '')), 'config.json'])];
}

/** `[{ file, raw, brotli }]` in bytes, for every file the first page loads but fonts. */
export function firstLoadSizes(dist) {
  return sizesOf(dist, linkedFiles(dist).filter((file) => !isFont(file)));
}

/** The fonts the first page preloads, reported beside the page's figures (woff2 is compressed
 *  already: brotli gains nothing). */
export function fontSizes(dist) {
  return sizesOf(dist, linkedFiles(dist).filter(isFont));
}

function sizesOf(dist, files) {
  return files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file, raw: bytes.length, brotli };
  });
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** The table, with a total line. */
export function sizeTable(sizes) {
  const line = (name, raw, brotli) => `${name.padEnd(48)} ${kb(raw).padStart(8)} ${kb(brotli).padStart(9)}`;
  const total = (key) => sizes.reduce((sum, size) => sum + size[key], 0);
  return [
    `${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'brotli KB'.padStart(9)}`,
    ...sizes.map((size) => line(size.file, size.raw, size.brotli)),
    line('total first load', total('raw'), total('brotli')),
  ].join('\n');
}

/** `[{ file, raw, brotli }]` for the wasm chunks the first page does not load (tools/wasm-split). */
export function laterSizes(dist) {
  const first = new Set(firstLoadSizes(dist).map((size) => size.file));
  return readdirSync(dist)
    .filter((file) => file.endsWith('.wasm') && !first.has(file))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return { file, raw: bytes.length, brotli };
    });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist';
  console.log(sizeTable(firstLoadSizes(dist)));
  for (const { file, raw, brotli } of fontSizes(dist)) {
    console.log(`font, beside the total: ${file.padEnd(33)} ${kb(raw).padStart(8)} ${kb(brotli).padStart(9)}`);
  }
  const later = laterSizes(dist);
  if (later.length > 0) {
    console.log('\nloaded when a flow is first needed (or prefetched once the page is idle):');
    console.log(later.map(({ file, raw, brotli }) => `${file.padEnd(72)} ${kb(raw).padStart(8)} ${kb(brotli).padStart(9)}`).join('\n'));
  }
}
