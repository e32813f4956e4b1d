// An idle server holds only what serving needs (issue 12: 216 MB idle beside the database): the Excel library and
// the paper renderers (pdfkit, docx) load with the first export, import or paper, not when the server starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('loading every module and the HTTP app loads neither exceljs nor pdfkit nor docx', () => {
  const at = (path: string) => JSON.stringify(new URL(path, import.meta.url).href);
  const script = `
    import { createRequire } from 'node:module';
    const { modules } = await import(${at('../../modules/index.ts')});
    await import(${at('./app.ts')});
    if (!modules.length) throw new Error('no modules');
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify(loaded.filter((f) => /node_modules[\\\\/](exceljs|pdfkit|docx)[\\\\/]/.test(f))));
    process.exit(0);`;
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  assert.equal(res.status, 0, res.stderr);
  assert.deepEqual(JSON.parse(res.stdout.trim().split('\n').pop() ?? 'null'), []);
});

test('the probe sees a library once it is loaded (so the test above can fail)', () => {
  const script = `
    import { createRequire } from 'node:module';
    await import('exceljs');
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    console.log(loaded.some((f) => /node_modules[\\\\/]exceljs[\\\\/]/.test(f)));`;
  const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: new URL('.', import.meta.url).pathname,
  });
  assert.equal(res.stdout.trim(), 'true', res.stderr);
});
