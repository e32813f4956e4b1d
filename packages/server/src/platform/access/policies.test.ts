// Permissions are answered by the resources' policies: no command or query throws its own 403, and a refusal says
// in Chinese what was refused, naming the record where the policy's label does (为某区设定地方节假日).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Grants, Role } from '@fazhi/core/access';
import { modules } from '../../modules';
import { createRegistry } from '../modules/registry';
import type { Actor } from './actor';
import { abilities, authorizeAs, policyContext } from './policy';
import { calendarPolicy, nationalCalendar } from '../../modules/calendar/policy';
import { grantPolicy } from '../../modules/organisations/policy';
import { reviewRequestPolicy } from '../../modules/normative-documents/policy';

const root = fileURLToPath(new URL('../../', import.meta.url));
const grants: Grants = createRegistry(modules).grants;

const actor = (role: Role, scope: Actor['assignments'][number]['scope'], regionPath: string): Actor => ({
  userId: 'u1',
  username: 'probe',
  displayName: '探针',
  homeRegionCode: '159901',
  activeOrgId: 'o1',
  sessionId: null,
  mustChangePassword: false,
  assignments: [{ role, scope, orgId: 'o1', orgPath: '/o1/', regionCode: '159901', regionPath }],
});

describe('policies per resource', () => {
  test('no command or query checks a permission with its own forbidden()', () => {
    const inline = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /\bforbidden\(/.test(readFileSync(join(root, f), 'utf8')))
      .filter((f) => f !== join('platform', 'access', 'policy.ts') && f !== join('platform', 'errors.ts'));
    assert.deepEqual(inline, [], 'these files throw their own 403 instead of asking a policy');
  });

  test('a refusal names the region the act was refused for', () => {
    const admin = actor('system_admin', 'region_subtree', '/15/1599/159901/');
    const other = { regionPath: '/15/1599/159902/', regionName: '示范乙区' };
    assert.throws(
      () => authorizeAs(grants, admin, calendarPolicy, 'addLocalHoliday', other),
      (e: Error & { statusCode?: number }) => e.message.includes('为示范乙区设定地方节假日'),
    );
    // its own region: allowed; the national calendar: only platform-wide
    authorizeAs(grants, admin, calendarPolicy, 'addLocalHoliday', { ...other, regionPath: '/15/1599/159901/' });
    assert.equal(abilities(policyContext(grants, admin), calendarPolicy, nationalCalendar).manageNational, false);
    // the system itself (CLI, demo seed) is not asked
    authorizeAs(grants, null, calendarPolicy, 'manageNational', nationalCalendar);
  });

  test('a grant is refused with the reach that is missing', () => {
    const admin = actor('security_admin', 'region_subtree', '/15/1599/159901/');
    assert.throws(
      () => authorizeAs(grants, admin, grantPolicy, 'grantScope', { scope: 'platform', target: null }),
      /授予全平台范围的角色/,
    );
    const elsewhere = { orgId: 'o9', orgPath: '/o9/', regionPath: '/15/1599/159902/' };
    assert.throws(
      () => authorizeAs(grants, admin, grantPolicy, 'grantScope', { scope: 'region_subtree', target: elsewhere }),
      /授予本行政区域范围的角色/,
    );
  });

  test("a review request's abilities follow its status", () => {
    const reviewer = policyContext(grants, actor('justice_reviewer', 'region_subtree', '/15/1599/159901/'));
    const target = { orgId: 'o2', orgPath: '/o2/', regionPath: '/15/1599/159901/' };
    assert.deepEqual(abilities(reviewer, reviewRequestPolicy, { target, status: 'received' }), {
      handle: true,
      decide: true,
      answer: false,
    });
    assert.deepEqual(abilities(reviewer, reviewRequestPolicy, { target, status: 'accepted' }), {
      handle: true,
      decide: false,
      answer: true,
    });
  });
});
