import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentCovers, checkPassword, mayPerform, type Grants, type RoleAssignment } from './index';

const county = { orgId: 'gov', orgPath: '/gov/', regionPath: '/150200/150202/' };
const dept = { orgId: 'amr', orgPath: '/gov/amr/', regionPath: '/150200/150202/' };
const sibling = { orgId: 'fin', orgPath: '/gov/fin/', regionPath: '/150200/150202/' };
const office = { orgId: 'amr-law', orgPath: '/gov/amr/amr-law/', regionPath: '/150200/150202/' };
const township = { orgId: 'town', orgPath: '/gov/town/', regionPath: '/150200/150202/150202001/' };
const otherRegion = { orgId: 'x', orgPath: '/xgov/x/', regionPath: '/150200/150203/' };

const at = (scope: RoleAssignment['scope'], t: typeof dept): RoleAssignment => ({
  role: 'legal_officer',
  scope,
  orgId: t.orgId,
  orgPath: t.orgPath,
  regionCode: '150202',
  regionPath: t.regionPath,
});

describe('scope of a role assignment', () => {
  test('own unit covers only that unit, not its sibling, parent or child office', () => {
    const a = at('own_org', dept);
    assert.deepEqual(
      [dept, sibling, county, office, otherRegion].map((t) => assignmentCovers(a, t)),
      [true, false, false, false, false],
    );
  });
  test('an organisation subtree covers the unit and its internal offices only', () => {
    const a = at('org_subtree', dept);
    assert.deepEqual(
      [dept, office, sibling, county].map((t) => assignmentCovers(a, t)),
      [true, true, false, false],
    );
  });
  test('a region subtree covers every unit of the region and its townships, not another county', () => {
    const a = at('region_subtree', county);
    assert.deepEqual(
      [county, dept, sibling, township, otherRegion].map((t) => assignmentCovers(a, t)),
      [true, true, true, true, false],
    );
  });
  test('an action needs both a role that grants it and a scope that covers the record', () => {
    const grants: Grants = new Map([['legal_officer', new Set(['doc.read'])]]);
    const mine = [at('own_org', dept)];
    assert.ok(mayPerform(grants, mine, 'doc.read', dept));
    assert.equal(mayPerform(grants, mine, 'doc.publish', dept), false);
    assert.equal(mayPerform(grants, mine, 'doc.read', sibling), false);
    assert.equal(mayPerform(grants, [], 'doc.read', dept), false, 'the anonymous public holds no assignment');
  });
});

describe('password complexity', () => {
  test('refuses short passwords and those with fewer than three character classes', () => {
    assert.deepEqual(checkPassword('Ab1!', 'zhang'), ['too_short']);
    assert.deepEqual(checkPassword('abcdefgh1', 'zhang'), ['too_few_classes']);
    assert.deepEqual(checkPassword('Zhangsan#2026', 'zhangsan'), ['contains_username']);
    assert.deepEqual(checkPassword('Fazhi#2026ok', 'zhangsan'), []);
  });
});
