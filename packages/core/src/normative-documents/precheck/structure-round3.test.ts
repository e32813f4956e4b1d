// The rules added in the 2026-12 third round (docs/precheck.md, Evaluation): each reads a clause's structure — what a
// seat at home, a receipt or a named firm is made a condition of, whom a duty binds, what kind of document sets it —
// rather than the words of one corpus clause. The clauses here are written from the rules' descriptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clear, flags } from './finding-asserts';
import { precheck } from './run';

test('competition: a seat at home made the condition of a benefit or of taking part', () => {
  flags('第六条　企业须将注册地迁入本镇方可享受本办法规定的奖励。', 'competition');
  flags('第七条　申请扶持资金的企业，必须在我县注册并办理税务登记。', 'competition');
  flags('第八条　报名条件：在某市依法登记注册的物流企业。', 'competition');
  flags('第九条　企业落户本区的，方可申报本项补助。', 'competition');
  flags('第十条　入库的检测机构应当在本市设有常设办事机构。', 'competition');
  flags('第十一条　要求代理机构在某某市区具有固定的办公场所。', 'competition');
  // Where a firm is registered, said without making it a condition of anything, excludes no one.
  clear('第十二条　鼓励在本市注册的企业积极开拓国际市场。', 'competition');
});

test('competition: moving away banned, outsiders left out of a reward or held to a stricter standard', () => {
  flags('第十三条　获得奖励的企业十年内不得将注册、纳税关系迁出。', 'competition');
  flags('第十四条　对非本地注册的配送企业不予补贴。', 'competition');
  flags('第十五条　外地运输车辆进入本市作业的，应当达到高于国家规定的排放标准。', 'competition');
});

test('competition: one bank or platform by count, a counted set to choose from, makers written in, a business handed over', () => {
  flags('第十六条　学生缴费只能绑定一家指定银行的银行卡。', 'competition');
  flags('第十七条　各学校必须从中标的3家供餐企业中选择一家。', 'competition');
  flags('第十八条　车载终端的厂家为某某电子有限公司。', 'competition');
  flags('第十九条　将全县停车场经营权通过特许方式授予县某投资公司。', 'competition');
  flags('第二十条　对“瞪羚”企业优先给予专项资金奖励。', 'competition');
  // An honour granted to a firm is not a line of business handed to it.
  clear('第二十一条　授予某某公司“诚信示范企业”称号。', 'competition');
});

test('licensing: a receipt that is the key to the activity, a contract demanded of licence applicants', () => {
  flags('第五条　评估机构应当向市局申请备案，凭备案证明开展评估业务。', 'licensing');
  flags('第六条　申请办理《成品油零售经营批准证书》的加油站，必须与本市批发企业签订供油协议。', 'licensing');
});

test('communications reached into: flagged even in a 地方性法规, unless for state security or crime', () => {
  const clause = '第三十条　调查需要时，主管部门可以调取当事人的通话记录，有关单位应当无偿提供。';
  flags(clause, 'obligation');
  flags({ text: clause, issuer: '某省人民代表大会常务委员会' }, 'obligation');
  clear('第三十一条　公安机关因侦查刑事案件需要，依照法律规定的程序调取通话记录。', 'obligation');
});

test('a 地方性法规 may set fines and duties, not the penalties reserved to law', () => {
  const regulation = { issuer: '某市人民代表大会常务委员会' };
  clear({ ...regulation, text: '第二十条　违反本条例第八条规定的，处二百元罚款。' }, 'penalty');
  clear({ ...regulation, text: '第九条　经营者应当建立进货查验记录。' }, 'obligation');
  flags({ ...regulation, text: '第二十一条　情节严重的，吊销其营业执照。' }, 'penalty');
  // Told by its head when the caller names no issuer.
  clear(
    '（2001年5月26日某自治区第九届人民代表大会常务委员会第二十四次会议通过）\n第二十条　违反本条例的，处五百元罚款。',
    'penalty',
  );
  // A government's document citing a 法规 with the session that passed it is no 法规.
  flags(
    '第一条　根据《某市市容条例》（2001年5月26日某市人民代表大会常务委员会第二十四次会议通过），制定本办法。\n第二十条　违反本办法的，处五百元罚款。',
    'penalty',
  );
  // The same fine in a government's 规范性文件 is still one it may not set.
  flags({ issuer: '某市人民政府', text: '第二十条　违反本办法第八条规定的，处二百元罚款。' }, 'penalty');
});

test('no duty of the public: applying the document, banning what is already unlawful, the agency enforcing', () => {
  clear('第二条　本省行政区域内从事养殖活动的单位和个人，应当遵守本条例。', 'obligation');
  clear('第十条　任何单位和个人不得非法干涉养老机构的正常经营。', 'obligation');
  clear('第十二条　未取得执法证件的，不得从事行政执法活动。', 'obligation');
  // A ban on what is lawful today still adds a duty.
  flags('第十一条　任何单位和个人不得在居住小区内饲养信鸽。', 'obligation');
});

test('issuer: a 行政公署 office issues in its own right; an agency office issuing internal work rules is not flagged', () => {
  const text = '第一条　为了规范公文处理，制定本细则。';
  assert.deepEqual(
    precheck({ text, issuer: '某盟行政公署办公室' }).findings.filter((f) => f.category === 'issuer'),
    [],
  );
  const internal = precheck({
    text,
    title: '某省卫生健康委办公室关于印发某省卫生健康行政执法监督工作规范化建设标准（2020版）的通知',
  });
  assert.deepEqual(
    internal.findings.filter((f) => f.category === 'issuer'),
    [],
  );
  // The same office issuing rules for the public is still an internal office.
  const external = precheck({ text, title: '某市市场监督管理局办公室关于规范农贸市场经营秩序的通知' });
  assert.equal(external.findings.filter((f) => f.category === 'issuer').length, 1);
});

test("validity: a work plan handed down (任务分解表) carries no 有效期, like a body's own work rules", () => {
  const text =
    '各镇人民政府，区政府各部门：\n现将《政府工作报告》任务分解表印发给你们，请认真落实。\n某区人民政府办公室\n2021年1月25日';
  const plan = precheck({ text, title: '某区人民政府办公室关于印发《政府工作报告》任务分解表的通知' });
  assert.deepEqual(
    plan.findings.filter((f) => f.category === 'validity'),
    [],
  );
  // A 管理办法 the same office hands down still needs one.
  const rules = precheck({ text, title: '某区人民政府办公室关于印发某区农贸市场管理办法的通知' });
  assert.equal(rules.findings.filter((f) => f.category === 'validity').length, 1);
});
