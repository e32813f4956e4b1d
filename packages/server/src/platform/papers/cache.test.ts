// The paper cache: one rendering per model and format, shared by requests at once, a failure not kept, and the
// least recently used papers leaving once the cache holds more than its bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cachedPaper, PAPER_CACHE_BYTES } from './cache';

test('renders a model once per format, shares a rendering under way, keeps no failure and evicts the oldest', async () => {
  let renders = 0;
  const render = (bytes: number) => async () => {
    renders++;
    return Buffer.alloc(bytes, renders);
  };
  const model = { title: '示范区测试管理办法', sections: [{ blocks: [{ kind: 'title', text: '一' }] }] };
  const [a, b] = await Promise.all([cachedPaper('pdf', model, render(10)), cachedPaper('pdf', model, render(10))]);
  assert.equal(renders, 1, 'two requests at once share one rendering');
  assert.ok(a.equals(b));
  await cachedPaper('docx', model, render(10));
  await cachedPaper('pdf', { ...model, title: '示范区测试管理办法（修订）' }, render(10));
  assert.equal(renders, 3, 'another format or another model is another paper');

  await assert.rejects(cachedPaper('pdf', { failing: true }, () => Promise.reject(new Error('字体缺失'))));
  await cachedPaper('pdf', { failing: true }, render(10));
  assert.equal(renders, 4, 'a failed rendering is tried again');

  // fill the cache past its bound: the first model (least recently used) is rendered again
  const half = Math.ceil(PAPER_CACHE_BYTES / 2);
  await cachedPaper('pdf', { big: 1 }, render(half));
  await cachedPaper('pdf', { big: 2 }, render(half));
  const before = renders;
  await cachedPaper('pdf', { big: 2 }, render(half));
  assert.equal(renders, before, 'the most recent paper is kept');
  await cachedPaper('pdf', model, render(10));
  assert.equal(renders, before + 1, 'the oldest paper left');
});
