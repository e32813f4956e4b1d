import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  certificateLapsesOn,
  certificateStatus,
  checkBody,
  checkOfficer,
  enforcementStatisticDefinition,
  enforcementStatisticGroupLabels,
  enforcementStatisticKeys,
  entrustmentEnded,
  fallsShort,
  hoursShort,
  mayHandleCases,
  registrationDue,
  reviewersBelowRatio,
  reviewersRequired,
} from './index';

test('an entrusted body states its entrusting body, matters and term; other bodies none of them', () => {
  const org = 'a';
  assert.deepEqual(checkBody({ organisationId: org, legalStatus: 'statutory' }), []);
  assert.equal(checkBody({ organisationId: org, legalStatus: 'authorised', entrustmentScope: 'x' }).length, 1);
  const missing = checkBody({ organisationId: org, legalStatus: 'entrusted' }).map((p) => p.field);
  assert.deepEqual(missing, ['entrustingOrganisationId', 'entrustmentScope', 'entrustmentFrom', 'entrustmentTo']);
  const self = checkBody({
    organisationId: org,
    legalStatus: 'entrusted',
    entrustingOrganisationId: org,
    entrustmentScope: '城市管理类行政处罚',
    entrustmentFrom: '2026-01-01',
    entrustmentTo: '2025-12-31',
  });
  assert.deepEqual(
    self.map((p) => p.field),
    ['entrustingOrganisationId', 'entrustmentTo'],
  );
  assert.equal(entrustmentEnded({ legalStatus: 'entrusted', entrustmentTo: '2026-08-13' }, '2026-08-14'), true);
  assert.equal(entrustmentEnded({ legalStatus: 'statutory', entrustmentTo: null }, '2026-08-14'), false);
});

test('expired is derived from the issue day and the region’s validity; a recorded status wins', () => {
  assert.equal(certificateLapsesOn('2021-08-15', 5), '2026-08-14');
  assert.equal(certificateLapsesOn('2021-08-15', 0), null);
  const c = { stored: 'valid' as const, issuedOn: '2021-08-15' };
  assert.equal(certificateStatus(c, 5, '2026-08-14'), 'valid');
  assert.equal(certificateStatus(c, 5, '2026-08-15'), 'expired');
  assert.equal(certificateStatus(c, 0, '2036-01-01'), 'valid');
  assert.equal(certificateStatus({ ...c, stored: 'revoked' }, 5, '2026-08-15'), 'revoked');
  assert.equal(registrationDue(2025, '2021-08-15', '2026-08-14'), true);
  assert.equal(registrationDue(2026, '2021-08-15', '2026-08-14'), false);
  assert.equal(registrationDue(null, '2026-03-01', '2026-08-14'), false);
});

test('an auxiliary is never a case handler, a supervisor neither; an officer only with a valid certificate', () => {
  assert.equal(mayHandleCases({ kind: 'enforcement', certificateStatus: 'valid' }), true);
  assert.equal(mayHandleCases({ kind: 'enforcement', certificateStatus: 'expired' }), false);
  assert.equal(mayHandleCases({ kind: 'auxiliary', certificateStatus: 'valid' }), false);
  assert.equal(mayHandleCases({ kind: 'supervision', certificateStatus: 'valid' }), false);
});

test('training hours in tenths against the minimum, and the reviewers’ 5% ratio', () => {
  assert.equal(fallsShort(599, 60), true);
  assert.equal(fallsShort(600, 60), false);
  assert.equal(hoursShort(455, 60), 14.5);
  assert.equal(hoursShort(700, 60), 0);
  assert.equal(reviewersBelowRatio(1, 20, 5), false);
  assert.equal(reviewersBelowRatio(1, 21, 5), true);
  assert.equal(reviewersBelowRatio(0, 0, 5), false);
  assert.equal(reviewersRequired(21, 5), 2);
});

test('an officer holds a certificate after the exam or the exemption; an auxiliary none', () => {
  const today = '2026-08-14';
  assert.deepEqual(
    checkOfficer(
      { kind: 'enforcement', certificateNumber: 'A1', certificateIssuedOn: '2026-01-01', examResult: 'passed' },
      today,
    ),
    [],
  );
  assert.deepEqual(
    checkOfficer({ kind: 'supervision' }, today).map((p) => p.field),
    ['certificateNumber', 'certificateIssuedOn', 'examResult'],
  );
  const exempt = {
    kind: 'enforcement' as const,
    certificateNumber: 'A1',
    certificateIssuedOn: today,
    examResult: 'exempt' as const,
  };
  assert.equal(checkOfficer(exempt, today)[0]?.field, 'examResult');
  assert.deepEqual(checkOfficer({ ...exempt, legalProfessionQualified: true }, today), []);
  assert.deepEqual(
    checkOfficer({ kind: 'auxiliary', certificateNumber: 'X', isLegalReviewer: true }, today).map((p) => p.field),
    ['certificateNumber', 'isLegalReviewer'],
  );
});

test('each statistic has its group, basis and counted date; a rate names its numerator and denominator', () => {
  assert.equal(new Set(enforcementStatisticKeys).size, enforcementStatisticKeys.length);
  for (const key of enforcementStatisticKeys) {
    const d = enforcementStatisticDefinition(key);
    assert.ok(d.group in enforcementStatisticGroupLabels && d.basis && d.countedDate, key);
    if (d.unit === '%') assert.ok(d.numerator && d.denominator, key);
  }
});
