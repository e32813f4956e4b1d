// Issue 12 item 7: an idle server gives back the word segmenter's dictionary. Measured in this file's own process
// (the harness runs each file in one): the resident memory once jieba is loaded and used, then after the release.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryTokens, segmenterIdleMs } from '@fazhi/core/normative-documents';
import { releaseIdleSegmenter } from './segmenter';

const mib = () => process.memoryUsage().rss / 1048576;

test('a segmenter unused for the idle time is let go and its memory returns; the next search builds it again', async () => {
  const before = mib();
  assert.deepEqual(queryTokens('行政规范性文件'), ['行政', '规范性', '文件']);
  const loaded = mib();
  assert.ok(loaded - before > 25, `loading jieba took ${(loaded - before).toFixed(0)} MiB`);
  // used just now: not idle long enough
  assert.equal(await releaseIdleSegmenter(60_000), false);
  assert.notEqual(segmenterIdleMs(), null);

  assert.equal(await releaseIdleSegmenter(0), true);
  assert.equal(segmenterIdleMs(), null);
  const released = mib();
  assert.ok(loaded - released > 20, `${loaded.toFixed(0)} → ${released.toFixed(0)} MiB after the release`);

  assert.deepEqual(queryTokens('行政规范性文件'), ['行政', '规范性', '文件']);
  assert.notEqual(segmenterIdleMs(), null);
  assert.equal(await releaseIdleSegmenter(0), true, 'released again');
});
