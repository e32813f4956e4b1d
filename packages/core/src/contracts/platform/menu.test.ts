import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consoleLink, consolePath, menuItems, pageUnder, portalItems } from './menu';
import { normativeMenu, normativePortal, normativePortalDescriptions } from '../normative/pages';
import { workbenchMenu } from '../workbench/pages';

test('a menu declared once gives the session its items with console paths', () => {
  assert.deepEqual(menuItems(workbenchMenu), [
    { key: 'workbench', label: '工作台', path: '/console', action: 'workbench.read' },
  ]);
  const stats = menuItems(normativeMenu).find((m) => m.key === 'normative-statistics');
  assert.deepEqual(stats, {
    key: 'normative-statistics',
    label: '规范性文件统计',
    path: '/console/normative-statistics',
    action: 'normative.read',
  });
});

test('portal entries get their path under / from the declared page', () => {
  const items = portalItems(normativePortal, normativePortalDescriptions);
  assert.deepEqual(
    items.map((e) => e.path),
    ['/normative-documents', '/normative-review-requests'],
  );
  assert.ok(items.every((e) => e.description.length > 10 && e.title.length > 0));
});

test('a page path under an entry, the console home included', () => {
  assert.equal(pageUnder('normative-documents', ':id/print'), 'normative-documents/:id/print');
  assert.equal(pageUnder('normative-documents'), 'normative-documents');
  assert.equal(pageUnder('', 'inbox'), 'inbox');
  assert.equal(consolePath(pageUnder('normative-cleanups', ':id')), '/console/normative-cleanups/:id');
  assert.equal(consolePath(''), '/console');
});

test('a console link is built from the declared page, not written again', () => {
  assert.equal(
    consoleLink(normativeMenu, 'normative-documents', 'abc/print'),
    '/console/normative-documents/abc/print',
  );
  assert.equal(consoleLink(normativeMenu, 'normative-cleanups'), '/console/normative-cleanups');
  assert.equal(consoleLink(workbenchMenu, 'workbench'), '/console');
  // @ts-expect-error a key the menu does not declare is refused by the type-check
  assert.throws(() => consoleLink(normativeMenu, 'normative-cleanup', 'x'));
});
