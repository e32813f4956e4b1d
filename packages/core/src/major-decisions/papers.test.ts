import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionPaperNumber, decisionPaperRefusal, decisionPapers } from './papers';

const none = {
  consultationOpened: false,
  hearingAnnounced: false,
  reviewConcluded: false,
  meetingRecorded: false,
  published: false,
};
const all = {
  consultationOpened: true,
  hearingAnnounced: true,
  reviewConcluded: true,
  meetingRecorded: true,
  published: true,
};

test('a paper 文号 is the unit, the series 代字, the year in 六角括号 and the number', () => {
  assert.equal(decisionPaperNumber('示范区司法局', 'review-opinion', 2027, 3), '示范区司法局法审〔2027〕3号');
  assert.equal(decisionPaperNumber('示范区人民政府', 'filing-report', 2026, 12), '示范区人民政府报〔2026〕12号');
  assert.equal(
    decisionPaperNumber('示范区市场监督管理局', 'hearing-announcement', 2027, 1),
    '示范区市场监督管理局听证〔2027〕1号',
  );
});

test('each paper is refused until its step is recorded, naming the step with its article', () => {
  for (const p of decisionPapers) {
    assert.equal(decisionPaperRefusal(p, all), null, p);
    const r = decisionPaperRefusal(p, none);
    assert.equal(r?.status, 409, p);
    assert.equal(r?.code, 'DECISION_PAPER_INCOMPLETE');
    assert.match(r?.message ?? '', /^不能生成.+：.+（《重大行政决策程序暂行条例》第.+条）$/, p);
  }
  // only the step the paper needs counts
  assert.equal(decisionPaperRefusal('meeting-summary', { ...none, meetingRecorded: true }), null);
  assert.match(decisionPaperRefusal('filing-report', { ...all, published: false })?.message ?? '', /尚未公布/);
  assert.equal(
    decisionPaperRefusal('hearing-announcement', { ...all, hearingAnnounced: false })?.message,
    '不能生成听证会公告：尚未公告听证会（《重大行政决策程序暂行条例》第十六条）',
  );
});
