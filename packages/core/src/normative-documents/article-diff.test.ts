import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffArticles } from './article-diff';

const a = (heading: string, body: string) => ({ heading, body });

test('the diff by article names the changed, added and removed articles and skips the unchanged ones', () => {
  const reviewed = [
    a('第一条', '为了规范管理，制定本办法。'),
    a('第二条', '本办法适用于本区。'),
    a('第三条', '施行。'),
  ];
  assert.deepEqual(diffArticles(reviewed, reviewed), []);
  assert.deepEqual(diffArticles(reviewed, [reviewed[0]!, a('第二条', '本办法适用于本区行政区域。')]), [
    { heading: '第二条', change: 'changed', before: '本办法适用于本区。', after: '本办法适用于本区行政区域。' },
    { heading: '第三条', change: 'removed', before: '施行。', after: null },
  ]);
  assert.deepEqual(diffArticles(reviewed.slice(0, 1), reviewed.slice(0, 2)), [
    { heading: '第二条', change: 'added', before: null, after: '本办法适用于本区。' },
  ]);
  // whitespace around an article is not a change
  assert.deepEqual(
    diffArticles(
      reviewed,
      reviewed.map((r) => a(r.heading, ` ${r.body}\n`)),
    ),
    [],
  );
});
