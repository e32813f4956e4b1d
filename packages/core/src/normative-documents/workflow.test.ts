import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeMissingSteps,
  documentActs,
  documentStatuses,
  isDocumentAct,
  mayPerformAct,
  missingSteps,
  type ProcedureFacts,
} from './workflow';
import { articleHeading, formatDocNumber, isValidNumberPrefix, parseDocNumber } from './doc-number';
import {
  checkEffectiveGap,
  answerNeedsReason,
  checkConsultationPeriod,
  checkPublicationDates,
  checkReviewTime,
  cleanupEffect,
  consultationAcceptsComments,
  latestExpiry,
  postEvaluationEffect,
} from './procedure';
import { defaultValiditySettings } from './validity';

const done: ProcedureFacts = {
  affectsMarket: true,
  consultationClosed: true,
  consultationExempted: false,
  fairCompetitionPassed: true,
  legalityReviewPassed: true,
  reviewChangesPending: false,
  deliberationAdopted: true,
};

describe('施行 soon after publication', () => {
  test('施行 within 30 days of publication needs a reason; from day 30 on, or with the check off, it does not', () => {
    const base = { publishedOn: '2026-03-02', minDays: 30 };
    assert.deepEqual(checkEffectiveGap({ ...base, effectiveOn: '2026-03-02' }), { ok: false, earliest: '2026-04-01' });
    assert.deepEqual(checkEffectiveGap({ ...base, effectiveOn: '2026-03-31', reason: ' ' }), {
      ok: false,
      earliest: '2026-04-01',
    });
    assert.deepEqual(checkEffectiveGap({ ...base, effectiveOn: '2026-03-02', reason: '涉及疫情防控，需立即施行' }), {
      ok: true,
      soon: true,
    });
    assert.deepEqual(checkEffectiveGap({ ...base, effectiveOn: '2026-04-01' }), { ok: true, soon: false });
    assert.deepEqual(checkEffectiveGap({ ...base, minDays: 0, effectiveOn: '2026-03-02' }), { ok: true, soon: false });
  });
});

describe('procedure guards', () => {
  test('a document with every step done may be published', () => {
    assert.deepEqual(missingSteps('publish', done), []);
  });
  test('publication without legality review names the review (and the deliberation that depends on it)', () => {
    const m = missingSteps('publish', { ...done, legalityReviewPassed: false, deliberationAdopted: false });
    assert.deepEqual(m, ['legality_review', 'deliberation']);
    assert.match(describeMissingSteps(m), /合法性审核/);
  });
  test('publication without consultation or a recorded exemption names the consultation', () => {
    assert.deepEqual(missingSteps('publish', { ...done, consultationClosed: false }), ['consultation']);
    assert.deepEqual(missingSteps('publish', { ...done, consultationClosed: false, consultationExempted: true }), []);
  });
  test('consultation is skipped only through the recorded exemption (国办发〔2018〕37号: every such document affects rights)', () => {
    const skipped = { ...done, consultationClosed: false, consultationExempted: false };
    assert.deepEqual(missingSteps('submit-for-legality-review', skipped), ['consultation']);
    assert.deepEqual(missingSteps('publish', { ...skipped, consultationExempted: true }), []);
  });
  test('publication without deliberation names the deliberation', () => {
    assert.deepEqual(missingSteps('publish', { ...done, deliberationAdopted: false }), ['deliberation']);
  });
  test('a market-affecting draft needs the fair-competition review before legality review', () => {
    const f = { ...done, fairCompetitionPassed: false };
    assert.deepEqual(missingSteps('submit-for-legality-review', f), ['fair_competition_review']);
    assert.deepEqual(missingSteps('submit-for-legality-review', { ...f, affectsMarket: false }), []);
  });
  test('a draft not passed by legality review cannot go to deliberation (国办发〔2018〕115号)', () => {
    assert.deepEqual(missingSteps('record-deliberation', { ...done, legalityReviewPassed: false }), [
      'legality_review',
    ]);
  });
  test('after 修改后通过 the revision by the opinion comes before deliberation and publication (国办发〔2018〕115号)', () => {
    const pending = { ...done, deliberationAdopted: false, reviewChangesPending: true };
    assert.deepEqual(missingSteps('record-deliberation', pending), ['revision_after_review']);
    assert.deepEqual(missingSteps('publish', pending), ['revision_after_review', 'deliberation']);
    assert.match(describeMissingSteps(['revision_after_review']), /按合法性审核意见修改草案/);
    assert.deepEqual(missingSteps('record-deliberation', { ...pending, reviewChangesPending: false }), []);
    // the revision is recorded while the draft awaits deliberation, and nowhere else
    assert.ok(mayPerformAct('deliberation', 'revise-after-review'));
    assert.ok(!mayPerformAct('drafting', 'revise-after-review'));
    assert.ok(!mayPerformAct('published', 'revise-after-review'));
  });
  test('acts are allowed only from their statuses', () => {
    assert.ok(mayPerformAct('drafting', 'open-consultation'));
    assert.ok(!mayPerformAct('published', 'open-consultation'));
    assert.ok(mayPerformAct('legality_review', 'record-legality-review'));
    assert.ok(!mayPerformAct('drafting', 'record-legality-review'));
    assert.ok(!mayPerformAct('repealed', 'publish'));
    assert.ok(mayPerformAct('published', 'expire'));
    for (const s of documentStatuses) assert.ok(!mayPerformAct(s, 'draft'));
    assert.ok(documentActs.length > 10);
    assert.ok(isDocumentAct('submit-filing'));
    assert.ok(!isDocumentAct('update-status'));
    // filing acts go on after the document has ended; drafting acts do not
    assert.ok(mayPerformAct('repealed', 'record-filing-review'));
    assert.ok(!mayPerformAct('drafting', 'submit-filing'));
  });
});

describe('文号', () => {
  test('formats issuer code, year in 〔〕 and the number without padding', () => {
    assert.equal(formatDocNumber({ prefix: '示政规', year: 2026, seq: 3 }), '示政规〔2026〕3号');
  });
  test('parses what it formats and refuses common mistakes', () => {
    assert.deepEqual(parseDocNumber('示政规〔2026〕3号'), { prefix: '示政规', year: 2026, seq: 3 });
    for (const bad of [
      '示政规[2026]3号',
      '示政规〔2026〕03号',
      '示政规〔2026〕第3号',
      '〔2026〕3号',
      '示政规〔26〕3号',
    ])
      assert.equal(parseDocNumber(bad), null, bad);
  });
  test('refuses a prefix with brackets or digits and a sequence below 1', () => {
    assert.ok(!isValidNumberPrefix('示〔政'));
    assert.ok(!isValidNumberPrefix('示1'));
    assert.throws(() => formatDocNumber({ prefix: '示政规', year: 2026, seq: 0 }));
  });
});

describe('consultation period', () => {
  test('a period ending before the earliest close is refused unless the shortening is explained', () => {
    const p = { opensOn: '2026-03-01', closesOn: '2026-03-20', earliestClose: '2026-03-31' };
    assert.deepEqual(checkConsultationPeriod(p), { ok: false, reason: 'too_short' });
    assert.deepEqual(checkConsultationPeriod({ ...p, shortenedReason: '上级紧急部署' }), { ok: true, shortened: true });
    assert.deepEqual(checkConsultationPeriod({ ...p, closesOn: '2026-03-31' }), { ok: true, shortened: false });
    assert.deepEqual(checkConsultationPeriod({ ...p, closesOn: '2026-03-01' }), {
      ok: false,
      reason: 'closes_before_opening',
    });
  });
  test('comments are taken from the opening to the closing day inclusive', () => {
    const p = { opensOn: '2026-03-01', closesOn: '2026-03-31' };
    assert.ok(consultationAcceptsComments({ ...p, today: '2026-03-31' }));
    assert.ok(!consultationAcceptsComments({ ...p, today: '2026-04-01' }));
    assert.ok(!consultationAcceptsComments({ ...p, today: '2026-02-28' }));
  });
  test('an answer other than adopted needs a reason', () => {
    assert.ok(!answerNeedsReason('adopted'));
    assert.ok(answerNeedsReason('partly_adopted'));
    assert.ok(answerNeedsReason('not_adopted'));
  });
});

describe('legality review time', () => {
  const p = { submittedOn: '2026-03-02', earliestConclusion: '2026-03-09', latestConclusion: '2026-03-23' };
  test('concluding before the minimum needs a reason', () => {
    assert.deepEqual(checkReviewTime({ ...p, concludedOn: '2026-03-05' }), { ok: false, reason: 'too_early' });
    assert.deepEqual(checkReviewTime({ ...p, concludedOn: '2026-03-05', earlyReason: '紧急情况' }), {
      ok: true,
      late: false,
    });
  });
  test('after the maximum is late; before submission is impossible', () => {
    assert.deepEqual(checkReviewTime({ ...p, concludedOn: '2026-03-24' }), { ok: true, late: true });
    assert.deepEqual(checkReviewTime({ ...p, concludedOn: '2026-03-01' }), { ok: false, reason: 'before_submission' });
  });
});

describe('validity at publication', () => {
  const s = defaultValiditySettings;
  test('without an expiry the longest validity is used: the eve of the fifth anniversary', () => {
    const v = checkPublicationDates(
      { kind: 'ordinary', title: '示范区办法', publishedOn: '2026-01-10', effectiveOn: '2026-02-01' },
      s,
    );
    assert.deepEqual(v, { ok: true, expiresOn: '2031-01-31', limitYears: 5 });
    assert.equal(latestExpiry('2024-02-29', 2), '2026-02-27');
  });
  test('an ordinary document may not exceed 5 years, an interim or trial one 2 years', () => {
    const base = { title: '示范区办法', publishedOn: '2026-01-10', effectiveOn: '2026-02-01' };
    assert.equal(checkPublicationDates({ ...base, kind: 'ordinary', expiresOn: '2031-02-15' }, s).ok, false);
    assert.equal(checkPublicationDates({ ...base, kind: 'ordinary', expiresOn: '2031-01-31' }, s).ok, true);
    assert.equal(checkPublicationDates({ ...base, kind: 'trial', expiresOn: '2029-01-31' }, s).ok, false);
    assert.equal(checkPublicationDates({ ...base, kind: 'interim', expiresOn: '2028-01-31' }, s).ok, true);
    // a title saying 试行 is provisional whatever the kind field says
    const titled = checkPublicationDates(
      { ...base, title: '示范区试行办法', kind: 'ordinary', expiresOn: '2029-01-31' },
      s,
    );
    assert.deepEqual(titled, { ok: false, reason: 'validity_exceeds_limit', limitYears: 2 });
  });
  test('an effective date before publication is refused', () => {
    const v = checkPublicationDates(
      { kind: 'ordinary', title: '示范区办法', publishedOn: '2026-01-10', effectiveOn: '2026-01-01' },
      s,
    );
    assert.equal(v.ok, false);
  });
});

describe('cleanup and post-evaluation outcomes', () => {
  test('only a document on the remains-valid list stays valid', () => {
    assert.deepEqual(cleanupEffect('remains_valid'), { status: 'published', stillValid: true });
    for (const o of ['amend', 'repeal', 'lapse'] as const) assert.equal(cleanupEffect(o).stillValid, false);
    assert.equal(cleanupEffect('repeal').status, 'repealed');
    assert.equal(cleanupEffect('lapse').status, 'lapsed');
  });
  test('renewal keeps the document in force under a new registration', () => {
    assert.deepEqual(postEvaluationEffect('renew'), { status: 'published', newRegistration: true, endsNow: false });
    assert.deepEqual(postEvaluationEffect('repeal'), { status: 'repealed', newRegistration: false, endsNow: true });
    // letting it lapse keeps it in force until its expiry
    assert.deepEqual(postEvaluationEffect('lapse'), { status: 'published', newRegistration: false, endsNow: false });
    assert.equal(postEvaluationEffect('amend').status, 'amendment_pending');
  });
});

describe('article headings', () => {
  test('count in Chinese numerals as a 公文 does', () => {
    assert.equal(articleHeading(1), '第一条');
    assert.equal(articleHeading(10), '第十条');
    assert.equal(articleHeading(21), '第二十一条');
    assert.equal(articleHeading(105), '第一百零五条');
    assert.equal(articleHeading(110), '第一百一十条');
    assert.throws(() => articleHeading(0));
  });
});
