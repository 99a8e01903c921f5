// Runs the reference backend for the end-to-end tests so that a test can restart it, as a
// deployment would between two requests: same port, same data directory (data and sessions
// survive, tests/server/tests/restart.rs), while the browser's page stays open.
//   node tests/e2e/backend-supervisor.mjs --control-port PORT --meta URL -- BINARY ARGS...
// POST http://127.0.0.1:PORT/restart stops the backend (SIGINT, SIGKILL after 5 s), starts it
// again with the same arguments and answers 200 once the new one serves URL (its meta).
// Stopping the supervisor stops the backend.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';

const split = process.argv.indexOf('--');
const options = process.argv.slice(2, split);
const [binary, ...args] = process.argv.slice(split + 1);
const option = (name) => options[options.indexOf(name) + 1];
const controlPort = Number(option('--control-port'));
const meta = option('--meta');
if (split < 0 || !binary || !controlPort || !meta) {
  console.error('usage: node tests/e2e/backend-supervisor.mjs --control-port PORT --meta URL -- BINARY ARGS...');
  process.exit(2);
}

let backend = null;

function start() {
  const child = spawn(binary, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    // Only an exit nobody asked for ends the supervisor: the tests' backend is gone.
    if (backend === child) {
      console.error(`backend-supervisor: the backend stopped (${signal ?? code})`);
      process.exit(1);
    }
  });
  backend = child;
}

function stop() {
  const child = backend;
  backend = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGINT');
  });
}

async function serving(timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(meta)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the backend did not serve ${meta} within ${timeoutMs} ms`);
}

let restarting = Promise.resolve();

createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/restart') {
    response.writeHead(404).end();
    return;
  }
  // One restart at a time: a second request waits for the first.
  restarting = restarting.then(async () => {
    try {
      await stop();
      start();
      await serving();
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"restarted":true}');
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
}).listen(controlPort, '127.0.0.1');

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    await stop();
    process.exit(0);
  });
}

start();
