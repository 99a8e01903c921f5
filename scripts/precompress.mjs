// Writes `.br` (quality 11) and `.gz` beside each file Trunk names by its content hash, so a host
// that serves precompressed files (nginx's brotli_static/gzip_static, `scripts/run`) sends the
// small one without compressing on every request. index.html and config.json are left alone:
// they are edited after the build (the CSP, a deployment's configuration) and are small.
// With --all, every file in DIR (scripts/bench uses it for the peer page's assets).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [dir, all] = [process.argv[2], process.argv.includes('--all')];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIR [--all]');
  process.exit(2);
}
const hashed = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css|svg)$/;
let count = 0;
for (const name of readdirSync(dir)) {
  if (!all && !hashed.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  count += 1;
}
if (count === 0) {
  console.error(`precompress: no ${all ? '' : 'hashed '}files in ${dir}`);
  process.exit(1);
}
console.log(`precompress: ${count} files, each with .br and .gz`);
