// A static host for end-to-end tests, serving a release build under a sub-path.
//   --mode rewrite   : unknown paths get index.html with 200 (nginx try_files)
//   --mode 404       : unknown paths get 404.html with status 404 (hosts without rewrites)
//   --mode redirects : unknown paths follow the build's own _redirects file (Netlify-style hosts);
//                      a path no rule matches is a plain 404, so a wrong or missing file shows
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
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

/** `from to status` lines; a `from` ending in `*` matches any path it starts. Only rewrites (200). */
function readRedirectRules() {
  return readFileSync(join(dir, '_redirects'), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([from, to, status]) => from && !from.startsWith('#') && to && status === '200')
    .map(([from, to]) => ({ from, to }));
}

/** The file a rewrite rule sends `pathname` to, if any. */
function rewriteTarget(rules, pathname) {
  const rule = rules.find(({ from }) => (from.endsWith('*') ? pathname.startsWith(from.slice(0, -1)) : pathname === from));
  return rule && rule.to.startsWith(prefix) ? rule.to.slice(prefix.length) : null;
}

/** The file and status an unknown path gets in this mode; `null` for a plain 404. A script or
 *  wasm file that is not there (a chunk of an older build) is a 404 on every host, never a page. */
function fallback(pathname) {
  if (['.js', '.wasm'].includes(extname(pathname))) return null;
  if (mode === '404') return { file: '404.html', status: 404 };
  if (mode === 'redirects') {
    const file = rewriteTarget(readRedirectRules(), pathname);
    return file ? { file, status: 200 } : null;
  }
  return { file: 'index.html', status: 200 };
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
    // The folder itself is index.html on every host.
    const chosen = relative ? fallback(url.pathname) : { file: 'index.html', status: 200 };
    if (!chosen) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    path = join(dir, chosen.file);
    status = chosen.status;
  }
  const body = await readFile(path);
  res.writeHead(status, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`static ${mode} server: http://127.0.0.1:${port}${prefix} (${dir})`));
