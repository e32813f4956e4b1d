// The rules of 依申请公开: the day of receipt by channel (第三十一条), the answers with their articles and table 三 rows
// (第三十六条至第三十九条), the 补正 once (第三十条), the fee scale (国办函〔2020〕109号) and the periods the catalogue
// holds (第三十条、第三十二条至第三十四条).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRule } from '../calendar';
import {
  applicantKinds,
  applicantPartyKind,
  correctionProblem,
  feeBasisProblem,
  feeMonthOf,
  givenReplyOutcomes,
  isRefusal,
  mayActFrom,
  perPageFee,
  perRequestFee,
  receiptDay,
  remedySentence,
  replyOutcomeKeys,
  replyOutcomes,
  replyProblems,
} from '.';

test('第三十一条: the day of receipt is the day of each channel, and a missing day is named', () => {
  assert.deepEqual(receiptDay('in_person', { submittedOn: '2026-11-02' }), {
    day: '2026-11-02',
    basis: '《中华人民共和国政府信息公开条例》第三十一条第（一）项：以提交之日为收到申请之日',
  });
  const dayOf = (r: ReturnType<typeof receiptDay>) => ('day' in r ? r.day : r.problem);
  assert.equal(
    dayOf(receiptDay('registered_mail', { submittedOn: '2026-11-02', mailSignedOn: '2026-11-04' })),
    '2026-11-04',
  );
  assert.equal(
    dayOf(receiptDay('ordinary_mail', { submittedOn: '2026-11-02', confirmedOn: '2026-11-05' })),
    '2026-11-05',
  );
  assert.equal(dayOf(receiptDay('online', { submittedOn: '2026-11-02', confirmedOn: '2026-11-03' })), '2026-11-03');
  const missing = receiptDay('registered_mail', { submittedOn: '2026-11-02' });
  assert.ok('problem' in missing && missing.field === 'mailSignedOn' && missing.problem.includes('签收日期'));
  const early = receiptDay('fax', { submittedOn: '2026-11-02', confirmedOn: '2026-11-01' });
  assert.ok('problem' in early && early.field === 'confirmedOn');
});

test('the applicant kinds are the seven columns of table 三 less the total, a natural person a person party', () => {
  assert.equal(applicantKinds.length, 6);
  assert.equal(applicantPartyKind('natural_person'), 'person');
  assert.equal(applicantPartyKind('legal_service_organisation'), 'organisation');
});

test('every answer counts in one row of table 三 and cites its article; the rows of 三（一）to（六）are all there', () => {
  const rows = new Set(replyOutcomeKeys.map((k) => replyOutcomes[k].tableRow));
  for (const row of [
    '三（一）',
    '三（二）',
    '三（三）1',
    '三（三）8',
    '三（四）1',
    '三（四）3',
    '三（五）1',
    '三（五）5',
    '三（六）1',
    '三（六）2',
    '三（六）3',
  ])
    assert.ok(rows.has(row), row);
  assert.equal(rows.size, 21, 'every row of 三（一）to（六）, 三（一）by two answers');
  for (const k of replyOutcomeKeys) assert.match(replyOutcomes[k].basis, /第.+条|表三/);
  assert.equal(replyOutcomes.enforcement_file.basis, '《中华人民共和国政府信息公开条例》第十六条第二款');
  // the states the applicant's default leads to are not answers the staff give
  assert.ok(!givenReplyOutcomes.includes('correction_lapsed') && !givenReplyOutcomes.includes('fee_unpaid'));
});

test('第三十六条（三）、第三十七条: a refusal states its reasons and carries the remedy', () => {
  assert.deepEqual(replyProblems({ outcome: 'provided', replyText: '' }), []);
  assert.deepEqual(
    replyProblems({ outcome: 'partial', replyText: '不予公开' }).map((p) => p.field),
    ['replyText'],
  );
  assert.deepEqual(
    replyProblems({ outcome: 'correction_lapsed', replyText: '申请人逾期未补正，视为放弃申请' }).map((p) => p.field),
    ['outcome'],
  );
  assert.ok(isRefusal('partial') && isRefusal('not_held') && !isRefusal('already_public'));
  assert.match(remedySentence('示范区人民政府'), /六十日内向示范区人民政府申请行政复议.*六个月内/);
});

test('第三十条: the 补正 is told once, with every item', () => {
  assert.equal(correctionProblem(false, ['申请内容的具体名称']), null);
  assert.match(correctionProblem(true, ['再补一项']) ?? '', /一次性/);
  assert.match(correctionProblem(false, [' ']) ?? '', /全部事项/);
});

test('办法第四条: per request, ten free a month, then 100 元, then +100 元 every ten', () => {
  const s = { freeRequests: 10, firstTierUntil: 30, firstTierYuan: 100, tierSize: 10, tierStepYuan: 100 };
  assert.deepEqual(
    [1, 10, 11, 30, 31, 40, 41, 50, 51].map((n) => perRequestFee(n, s)),
    [0, 0, 100, 100, 200, 200, 300, 300, 400],
  );
});

test('办法第五条: per page, thirty free, then 10, 20 and 40 元 a page by band', () => {
  const s = { freePages: 30, firstUntil: 100, firstYuan: 10, secondUntil: 200, secondYuan: 20, beyondYuan: 40 };
  assert.equal(perPageFee(30, s), 0);
  assert.equal(perPageFee(31, s), 10);
  assert.equal(perPageFee(100, s), 700);
  assert.equal(perPageFee(150, s), 700 + 50 * 20);
  assert.equal(perPageFee(210, s), 700 + 2000 + 10 * 40);
});

test('办法第三条: never both bases for one applicant in a month; the month is the calendar month', () => {
  assert.equal(feeBasisProblem(['per_request'], 'per_request'), null);
  assert.match(feeBasisProblem(['per_request'], 'per_page') ?? '', /不得同时/);
  assert.equal(feeMonthOf('2026-11-30'), '2026-11');
});

test('the state machine: a reply only while the clock runs, the 补正 only before it', () => {
  assert.ok(mayActFrom('reply', 'received'));
  assert.ok(!mayActFrom('reply', 'consulting'));
  assert.ok(!mayActFrom('request-correction', 'submitted'));
  assert.ok(mayActFrom('record-service', 'replied'));
});

test('the catalogue holds the periods with their articles', () => {
  assert.equal(findRule('disclosure.correction-notice')!.amount, 7);
  assert.equal(findRule('disclosure.reply')!.amount, 20);
  assert.deepEqual(findRule('disclosure.reply')!.extension, { amount: 20, unit: 'working_days' });
  assert.ok(findRule('disclosure.reply')!.pausable);
  assert.equal(findRule('disclosure.third-party-reply')!.article, '第三十二条');
  assert.equal(findRule('disclosure.joint-consultation-reply')!.article, '第三十四条');
  assert.equal(findRule('disclosure.applicant-correction')!.verified, false);
  assert.ok(findRule('disclosure.fee-payment')!.overridable);
});
