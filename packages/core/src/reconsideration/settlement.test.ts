// 调解与和解 (第七十三条、第七十四条) as rules: what a mediation's record needs, and seed 001's direct and indirect
// correction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctingDecisionTypes, correctionKind, mediationProblems } from './index';

test('第七十三条: an agreement needs its content and every party’s signature; a failure its account', () => {
  assert.deepEqual(
    mediationProblems({ mediationOutcome: 'agreed' }).map((p) => p.path),
    ['mediationAgreement', 'allPartiesSigned'],
  );
  assert.deepEqual(
    mediationProblems({ mediationOutcome: 'agreed', mediationAgreement: '变更', allPartiesSigned: true }),
    [],
  );
  assert.deepEqual(
    mediationProblems({ mediationOutcome: 'failed', mediationNote: ' ' }).map((p) => p.path),
    ['mediationNote'],
  );
  assert.deepEqual(mediationProblems({ mediationOutcome: 'failed', mediationNote: '一方反悔' }), []);
});

test('seed 001: 撤销、变更 and the like correct directly; mediation and a settled withdrawal indirectly', () => {
  const kind = (status: string, decisionType: string | null, settled = false) =>
    correctionKind({ status, decisionType, settled, correctingTypes: correctingDecisionTypes });
  assert.equal(kind('decided', 'annul'), 'direct');
  assert.equal(kind('decided', 'uphold'), null);
  assert.equal(kind('mediated', null), 'indirect');
  assert.equal(kind('terminated', null, true), 'indirect');
  assert.equal(kind('terminated', null, false), null);
});
