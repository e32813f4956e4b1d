import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueActRefusal, catalogueItemProblems, compareVersions, type ComparableItem } from './catalogue';

const steps = { hearing: false, expert_review: true, risk_assessment: true, fair_competition_review: false };

test('第三条第三款: a catalogue is published only after the same-level Party committee consented', () => {
  const refusal = catalogueActRefusal('draft', 'publish', { itemCount: 3, partyConsented: false });
  assert.equal(refusal?.code, 'PARTY_CONSENT_MISSING');
  assert.match(refusal?.message ?? '', /同级党委同意.*第三条第三款/);
  assert.equal(catalogueActRefusal('consented', 'publish', { itemCount: 3, partyConsented: true }), null);
});

test('consent is recorded on a draft with items; items change only in a draft; only the catalogue in force is adjusted', () => {
  assert.equal(
    catalogueActRefusal('draft', 'recordPartyConsent', { itemCount: 0, partyConsented: false })?.code,
    'CATALOGUE_EMPTY',
  );
  assert.equal(
    catalogueActRefusal('consented', 'editItems', { itemCount: 1, partyConsented: true })?.code,
    'CATALOGUE_NOT_DRAFT',
  );
  assert.equal(catalogueActRefusal('published', 'adjust', { itemCount: 1, partyConsented: true }), null);
  assert.equal(
    catalogueActRefusal('superseded', 'adjust', { itemCount: 1, partyConsented: true })?.code,
    'CATALOGUE_NOT_PUBLISHED',
  );
});

test('an item starts within the catalogue’s year and finishes after it starts', () => {
  assert.deepEqual(
    catalogueItemProblems(2027, {
      title: 'x',
      plannedStart: '2026-12-01',
      plannedFinish: '2026-11-01',
      applicable: steps,
    }),
    { plannedStart: '计划启动时间应在2027年内', plannedFinish: '计划完成时间不能早于计划启动时间' },
  );
  assert.deepEqual(
    catalogueItemProblems(2027, {
      title: 'x',
      plannedStart: '2027-03-01',
      plannedFinish: '2028-06-30',
      applicable: steps,
    }),
    {},
  );
});

test('an adjusted version tells each item added, changed, unchanged or removed', () => {
  const item = (key: string, title: string): ComparableItem => ({
    key,
    title,
    sponsorOrgId: 'o1',
    legalBasis: '《城乡规划法》',
    policyBasis: '',
    plannedStart: '2027-03-01',
    plannedFinish: '2027-09-30',
    applicable: steps,
  });
  assert.deepEqual(compareVersions(null, [item('a', '甲')]), [{ key: 'a', change: 'added' }]);
  assert.deepEqual(
    compareVersions(
      [item('a', '甲'), item('b', '乙'), item('c', '丙')],
      [item('a', '甲'), item('b', '乙（调整）'), item('d', '丁')],
    ),
    [
      { key: 'a', change: 'unchanged' },
      { key: 'b', change: 'changed' },
      { key: 'd', change: 'added' },
      { key: 'c', change: 'removed' },
    ],
  );
  assert.equal(
    compareVersions([item('a', '甲')], [{ ...item('a', '甲'), applicable: { ...steps, hearing: true } }])[0]?.change,
    'changed',
  );
});
