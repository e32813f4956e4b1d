// An idle server holds only what serving needs (issue 12: 216 MB idle beside the database): the Excel library and
// the paper renderers (pdfkit, docx) load with the first export, import or paper, and the word segmenter (jieba, its
// native library and 5 MB dictionary) with the first search or pre-check, not when the server starts. Checked
// on the server as `npm start` runs it — the esbuild bundle (scripts/build-server.mjs), whose lazy imports must stay
// chunks of their own — started by `fazhi start` on a test database and asked, once it serves, what it has loaded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createTestEnv, type TestEnv } from '../../../test/helpers';

const root = new URL('../../../../..', import.meta.url).pathname;
const heavy = /node_modules[\\/](exceljs|pdfkit|docx|@node-rs[\\/]jieba)[\\/]/;

/**
 * Loaded first (`--import`): records every module the process resolves (ESM, which docx is, never shows in the
 * require cache) and, on SIGUSR2, prints those of exceljs, pdfkit, docx and jieba, the CommonJS ones in the require cache
 * included.
 */
const probe = `data:text/javascript,${encodeURIComponent(`
  import { register, createRequire } from 'node:module';
  import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
  const seen = [];
  const { port1, port2 } = new MessageChannel();
  register('data:text/javascript,' + encodeURIComponent(
    'let port; export function initialize(d) { port = d.port; }' +
    'export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }'),
    { data: { port: port2 }, transferList: [port2] });
  process.on('SIGUSR2', () => {
    // the hooks thread posted each URL before its import went on: all are waiting on the port
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) seen.push(m.message);
    const loaded = [...seen, ...Object.keys(createRequire('/').cache)];
    console.log('loaded ' + JSON.stringify(loaded.filter((f) => ${heavy}.test(f))));
  });`)}`;

let env: TestEnv;
before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

test('the bundled server, started and serving, has loaded neither exceljs nor pdfkit nor docx nor jieba', async () => {
  const server = spawn(process.execPath, ['--import', probe, 'packages/server/bin/fazhi.mjs', 'start'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: env.dbUrl,
      FAZHI_DATA_DIR: env.services.config.dataDir,
      FAZHI_SECRET_KEY: process.env.FAZHI_TEST_CIPHER_KEY,
      FAZHI_JOBS: '0',
      HOST: '127.0.0.1',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  server.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(server, 'exit');
  try {
    const answer = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('平台已启动') && !stdout.includes('loaded ')) server.kill('SIGUSR2');
        const m = /^loaded (.*)$/m.exec(stdout);
        if (m?.[1]) resolve(m[1]);
      });
      void exited.then(() => reject(new Error(`the server exited before it served: ${stdout}${stderr}`)));
    });
    assert.deepEqual(JSON.parse(answer), []);
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
});

test('the probe sees each library once it is loaded (so the test above can fail)', () => {
  const script = `await import('exceljs'); await import('pdfkit'); await import('docx'); await import('@node-rs/jieba');
    const printed = new Promise((resolve) => process.once('SIGUSR2', resolve));
    const awake = setInterval(() => undefined, 1000); // a signal's handler alone does not keep the process alive
    process.kill(process.pid, 'SIGUSR2');
    await printed;
    clearInterval(awake);`;
  const res = spawnSync(process.execPath, ['--import', probe, '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(res.status, 0, res.stderr);
  const loaded = JSON.parse(/^loaded (.*)$/m.exec(res.stdout)?.[1] ?? '[]') as string[];
  for (const name of ['exceljs', 'pdfkit', 'docx', '@node-rs/jieba'])
    assert.ok(
      loaded.some((f) => f.includes(`node_modules/${name}/`)),
      `${name} not seen: ${res.stdout}`,
    );
});
