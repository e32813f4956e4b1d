// The papers of a decision in 公文 layout: one decision built through the commands to its publication (consulted,
// reviewed with counsel, discussed with a dissent, reported, published), then each paper as DOCX (read back from
// word/document.xml) and the filing report as PDF: the issuer, the 文号, the title, the addressee, the body and the
// date in Chinese. A paper whose step is not recorded is refused (409) naming the step.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { docxText, pdfText } from '../../../../test/paper-text';
import { chineseDate } from '../../../platform/display-dates';
import { proposeDecision } from '../records/commands/propose-decision';
import { decideStart } from '../records/commands/decide-start';
import { recordDraft } from '../records/commands/record-draft';
import { openConsultation } from '../records/commands/open-consultation';
import { closeConsultation } from '../records/commands/close-consultation';
import { submitForLegalityReview } from '../records/commands/submit-for-legality-review';
import { recordLegalityReview } from '../records/commands/record-legality-review';
import { recordDiscussion } from '../records/commands/record-discussion';
import { reportToParty } from '../records/commands/report-to-party';
import { publishDecision } from '../records/commands/publish-decision';

let env: TestEnv;
let legal: Session;
let id: string;
let early: string;
let today: string;
const TITLE = '示范区文书测试管理办法';
const paper = (d: string, kind: string, format = 'docx') =>
  call(env.app, legal, 'GET', `/api/decisions/${d}/papers/${kind}?format=${format}`);

before(async () => {
  env = await createTestEnv();
  legal = await signIn(env.app, 'demo.legal');
  const s = env.services;
  const sys = { actor: null, ip: null };
  today = s.clock.today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const gov = await orgId(env, '示范区人民政府');
  const market = await orgId(env, '示范区市场监督管理局');
  const propose = async (title: string) =>
    (
      await proposeDecision(s, sys, {
        bodyOrgId: gov,
        title,
        sponsorOrgId: market,
        applicableSteps: [],
        outsideCatalogueReason: '测试：年中交办',
        proposal: '测试建议',
        proposer: '测试',
        proposedOn: ago(120),
      })
    ).id;
  id = await propose(TITLE);
  early = await propose('示范区文书测试尚未起草的决策');
  await decideStart(s, sys, id, { start: true, startRecord: '测试会议', decidedOn: ago(110) });
  await recordDraft(s, sys, id, {
    draftText: '第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。',
    explanation: '起草的必要性和主要内容',
    options: [],
    viewsDifferWidely: false,
    recordedOn: ago(100),
  });
  await openConsultation(s, sys, id, { opensOn: ago(95), closesOn: ago(60) });
  await closeConsultation(s, sys, id, ago(59));
  await submitForLegalityReview(s, sys, id, { submittedOn: ago(50), basis: '测试依据', procedureStatement: '测试' });
  await recordLegalityReview(s, sys, id, {
    checklist: ['authority', 'procedure', 'substance'].map((item) => ({ item, finding: 'ok' as const })),
    opinion: '该决策草案符合法定权限和程序。',
    result: 'passed',
    counsel: [{ name: '测试·钱律师', role: 'public_lawyer' }],
    concludedOn: ago(30),
  });
  await recordDiscussion(s, sys, id, {
    meetingKind: 'executive',
    meetingName: '示范区人民政府第9次常务会议',
    meetingOn: ago(20),
    attendees: ['测试·副区长甲', '测试·副区长乙', '测试·区长'],
    speeches: [
      { name: '测试·副区长甲', isHead: false, view: 'agree', opinion: '同意' },
      { name: '测试·副区长乙', isHead: false, view: 'disagree', opinion: '建议设置过渡期' },
      { name: '测试·区长', isHead: true, view: 'agree', opinion: '同意' },
    ],
    decision: 'adopted',
  });
  await reportToParty(s, sys, id, { reportedOn: ago(15), reportRecord: '测试请示' });
  await publishDecision(s, sys, id, {
    publishedOn: ago(10),
    publishedText: '示范区文书测试管理办法全文',
    adoptionExplanation: '征求意见期间收到意见两条，均已采纳',
    interpretation: '一、出台背景',
  });
});
after(async () => env?.close());

describe('the papers of a decision', () => {
  test('each paper carries the issuer, its 文号, the title, the addressee and the date in Chinese', async () => {
    const ago = (n: number) => chineseDate(formatIsoDate(parseIsoDate(today) - n));
    const expected: Record<string, RegExp[]> = {
      announcement: [
        /^示范区市场监督管理局\n示范区市场监督管理局公告〔\d{4}〕\d+号\n关于公开征求《示范区文书测试管理办法（征求意见稿）》意见的公告/,
        new RegExp(`征求意见期间：${ago(95)}至${ago(60)}（共36日）`),
        /第一条 为了规范管理/,
        new RegExp(`示范区市场监督管理局\n${ago(95)}`),
      ],
      'review-opinion': [
        /^示范区司法局\n示范区司法局法审〔\d{4}〕\d+号\n关于《示范区文书测试管理办法》（草案）的合法性审查意见书\n示范区市场监督管理局：/,
        /决策事项是否符合法定权限：符合/,
        /测试·钱律师（公职律师）/,
        new RegExp(`示范区司法局\n${ago(30)}`),
      ],
      'meeting-summary': [
        /^示范区人民政府\n示范区人民政府纪要〔\d{4}〕\d+号\n示范区人民政府第9次常务会议纪要（摘要）/,
        /测试·副区长甲：\u3000?同意。同意\n测试·副区长乙：\u3000?不同意。建议设置过渡期\n测试·区长（行政首长）：\u3000?同意。同意/,
        /三、不同意见\n测试·副区长乙（不同意）：建议设置过渡期/,
        new RegExp(`示范区人民政府\n${ago(20)}`),
      ],
      'filing-report': [
        /^示范区人民政府\n示范区人民政府报〔\d{4}〕\d+号\n关于报送《示范区文书测试管理办法》备案的报告\n\S+人民政府：/,
        /示范区文书测试管理办法全文/,
        /征求意见期间收到意见两条，均已采纳/,
      ],
    };
    for (const [kind, patterns] of Object.entries(expected)) {
      const res = await paper(id, kind);
      assert.equal(res.statusCode, 200, `${kind}: ${res.body}`);
      assert.match(String(res.headers['content-disposition']), /^attachment; /);
      const text = await docxText(res.rawPayload);
      for (const p of patterns) assert.match(text, p, `${kind}: ${text}`);
    }
  });

  test('the filing report as PDF: A4 with the font embedded, and its 文号 where poppler reads it', async () => {
    const res = await paper(id, 'filing-report', 'pdf');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const raw = res.rawPayload.toString('latin1');
    assert.equal(raw.slice(0, 5), '%PDF-');
    assert.match(raw, /\/FontFile2/);
    assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = pdfText(res.rawPayload);
    if (text !== null) assert.match(text, /示范区人民政府报〔\d{4}〕\d+号关于报送《示范区文书测试管理办法》备案的报告/);
  });

  test('a paper before its step is refused, naming the step and its article', async () => {
    for (const [kind, step] of [
      ['announcement', /尚未公开征求意见（《重大行政决策程序暂行条例》第十四条、第十五条）/],
      ['review-opinion', /合法性审查尚未作出审查意见/],
      ['meeting-summary', /尚未记录集体讨论决定（《重大行政决策程序暂行条例》第三十条）/],
      ['filing-report', /决策尚未公布/],
    ] as const) {
      const res = await paper(early, kind);
      assert.equal(res.statusCode, 409, kind);
      assert.equal(res.json().code, 'DECISION_PAPER_INCOMPLETE');
      assert.match(res.json().message, step);
    }
    const bad = await paper(id, 'minutes');
    assert.equal(bad.statusCode, 400);
  });
});
