// A static host for end-to-end tests, serving a release build under a sub-path.
//   --mode rewrite : unknown paths get index.html with 200 (nginx try_files, _redirects hosts)
//   --mode 404     : unknown paths get 404.html with status 404 (hosts without rewrites)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const dir = args.dir ?? 'dist';
const prefix = args.prefix ?? '/';
const port = Number(args.port ?? 4600);
const mode = args.mode ?? 'rewrite';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

async function fileAt(path) {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the app');
    return;
  }
  const requested = decodeURIComponent(url.pathname.slice(prefix.length));
  const relative = requested ? normalize(requested).replace(/^(\.\.[/\\])+/, '') : '';
  let path = relative && (await fileAt(join(dir, relative)));
  let status = 200;
  if (!path) {
    path = join(dir, mode === '404' ? '404.html' : 'index.html');
    status = mode === '404' && relative ? 404 : 200;
  }
  const body = await readFile(path);
  res.writeHead(status, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`static ${mode} server: http://127.0.0.1:${port}${prefix} (${dir})`));
