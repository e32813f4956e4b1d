// The rules of the sixth round (docs/precheck.md, Evaluation): who benefits. Case offices paraphrase the competition
// clauses they correct — "对本地注册企业给予补助", "经办机构须在本地设立分支机构" — so the rules read the beneficiary
// and the benefit, not the document's own words (rules/competition-benefit.ts). The real clause is the round-6 tuning
// file (延平区, 市场监管总局 2022 督查整改案例); the paraphrases are written from the items of 《公平竞争审查条例》
// (国务院令第783号) 第八条至第十条 and the structures the brief lists, never from a held-out finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clear, counted, flags } from './finding-asserts';

test('competition: a reward to the one firm the text defines by name (第十条第（二）项)', () => {
  // 关于印发延平区进一步支持保温产业发展的实施意见的通知, as the case quotes it.
  const yanping =
    '保温产业平台管理公司奖励金考评细则，对保温产业平台管理公司（即某保温产业发展服务有限公司）建筑业产值贡献、地方经济贡献、资质晋升、解决就业、安全生产、疫情防控、劳务纠纷、企业引进等8项工作完成情况进行综合考评，并对保温产业平台管理公司给予产业发展资金奖励，每得1分奖励1万元。';
  flags(yanping, 'competition');
  const [finding] = counted(yanping, 'competition');
  assert.match(finding?.basis ?? '', /《公平竞争审查条例》第十条第（二）项：没有法律、行政法规依据或者未经国务院批准/);
  // The definition may sit in another article, and run the usual way round: the alias still names one firm.
  const defined = counted(
    '第三条 某产业发展有限公司（以下简称“平台公司”）负责产业平台的日常运营。\n第九条 对平台公司给予年度运营资金补助。',
    'competition',
  );
  assert.ok(
    defined.some((f) => f.text.includes('运营资金补助')),
    JSON.stringify(defined),
  );
  // A class of firms is no particular one.
  clear('对物业服务企业给予一次性奖励。', 'competition');
  clear('对保温产业平台管理公司开展综合考评。', 'competition');
});

test('competition: a benefit fixed by where the goods or the winners come from (第九条第（三）项、第（四）项)', () => {
  flags('对采购本地产品的企业给予奖励。', 'competition');
  flags('使用本县企业生产的部品部件的，给予每平方米50元补贴。', 'competition');
  flags('对本地生产的产品给予价格补贴。', 'competition');
  flags('本地企业中标的，给予中标金额1%的奖励。', 'competition');
  flags('项目建设所需材料原则上在本地采购。', 'competition');
  flags('本辖区企业优先参与。', 'competition');
  flags('只允许本地企业参与投标。', 'competition');
  const [goods] = counted('对采购本地产品的企业给予奖励。', 'competition');
  assert.match(
    goods?.basis ?? '',
    /第九条第（四）项：不得对外地或者进口商品、要素设置歧视性收费项目、收费标准、价格或者补贴/,
  );
  // Promoting local goods without a benefit tied to them, and hiring local labour, are not caught.
  clear('鼓励企业使用绿色建材。', 'competition');
  clear('优先招用本地劳动力。', 'competition');
});

test('competition: local and outside firms treated apart (第九条第（四）项、第（五）项、第十条第（二）项)', () => {
  flags('对本地企业和外地企业实行差异化补助标准。', 'competition');
  flags('对外地企业的补助标准为本地企业的50%。', 'competition');
  flags('对非本地企业设置歧视性条件。', 'competition');
  flags('市域外企业不得参与。', 'competition');
  // Equal treatment is the opposite.
  clear('外地企业与本地企业同等享受本政策。', 'competition');
  clear('本市企业和外地企业在本市参加招标投标活动，享有平等权利。', 'competition');
});

test('competition: a seat, a headquarters or a move home as the condition (第九条第（二）项)', () => {
  flags('把企业迁入本地作为享受补贴的前置条件。', 'competition');
  flags('补助对象为注册地和税务征管关系均在本区的企业。', 'competition');
  flags('对在本地设立区域总部的企业给予奖励。', 'competition');
  flags('要求供应商在本市设立售后服务机构。', 'competition');
  const [seat] = counted('把企业迁入本地作为享受补贴的前置条件。', 'competition');
  assert.match(
    seat?.basis ?? '',
    /第九条第（二）项：不得排斥、限制、强制或者变相强制外地经营者在本地投资经营或者设立分支机构/,
  );
  // Encouragement is no condition, and a person's move is no firm's seat.
  clear('鼓励企业在本市设立总部。', 'competition');
});

test('competition: leaving made costly or barred (第九条第（一）项、第八条第（四）项)', () => {
  flags('获得奖补的企业六年内迁出本区的，须全额退还奖补资金。', 'competition');
  flags('对企业迁出本区的，收回已享受的扶持资金。', 'competition');
  flags('入驻企业须承诺十年内不迁出。', 'competition');
  const [exit] = counted('获得奖补的企业六年内迁出本区的，须全额退还奖补资金。', 'competition');
  assert.match(exit?.basis ?? '', /第九条第（一）项：不得阻碍本地经营者迁出/);
  // A person's household registration is not a 经营者's exit.
  clear('人才户口迁出本市的，应当退还购房补贴。', 'competition');
});

test('competition: one provider picked by the text, named or anonymised (第八条第（二）项、第（三）项)', () => {
  flags('指定某公司为唯一供应商。', 'competition');
  flags('确定某公司为特许经营单位。', 'competition');
  flags('指定某检测机构承担检测业务。', 'competition');
  // Choosing by competition is not picking one.
  clear('通过公开招标方式确定特许经营者。', 'competition');
});
