import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './features';
import { precheck } from './run';
import { readStructure } from './structure';
import { paraphraseOf } from './statutes/paraphrase';
import type { PrecheckCategory } from './types';

function modes(text: string): string[] {
  const doc = analyse(text);
  return doc.clauses.filter((f) => f.clause.kind !== 'heading').map((f) => readStructure(doc, f).mode);
}

function categoriesOf(text: string): PrecheckCategory[] {
  return [...new Set(precheck({ text }).findings.map((f) => f.category))];
}

test('reads definitions, their items, lists of kinds of act, agency procedure and new rules apart', () => {
  assert.deepEqual(
    modes('第四条　本制度所称重大行政执法决定，主要包括：\n（一）责令停业整顿、停产停业的；\n（二）较大数额罚款的。'),
    ['define', 'define', 'define'],
  );
  assert.deepEqual(modes('本办法所称行政执法，包括行政许可、行政处罚、行政强制、行政征收等行为。'), ['define']);
  assert.deepEqual(modes('区城管局负责行政许可、行政处罚、行政强制等工作。'), ['list']);
  assert.deepEqual(modes('违法行为轻微的，在法定罚款幅度内按照最低限额的百分之十确定罚款数额。'), ['procedure']);
  assert.deepEqual(modes('对违反本办法的，由区城市管理局处以五千元以上一万元以下罚款。'), ['rule']);
});

test('recognises a paraphrase of a shipped statute article and names it', () => {
  const p = paraphraseOf('行政强制执行不得在夜间和法定节假日实施，但情况紧急的除外。');
  assert.equal(p?.article.law, '中华人民共和国行政强制法');
  assert.equal(p?.article.article, '第四十三条');
  assert.equal(paraphraseOf('执法人员与当事人有直接利害关系的，应当回避。')?.article.article, '第四十三条');
  // What the document adds on its own (an amount, a local body) is never a paraphrase.
  assert.equal(paraphraseOf('对违反本办法的，由区城市管理局处以五千元以上一万元以下罚款。'), null);
  assert.equal(paraphraseOf('对拒不整改的，由执法大队予以查封、扣押。'), null);
});

test('a paraphrase of the 行政强制法 is a protection, not a coercive measure', () => {
  assert.deepEqual(categoriesOf('第二十条　行政强制执行不得在夜间和法定节假日实施，但情况紧急的除外。'), []);
  assert.deepEqual(categoriesOf('第九条　对拒不整改的，由执法大队予以查封、扣押。'), ['coercion']);
});

test('duties of the agency and its staff are not duties of the public', () => {
  for (const text of [
    '第十五条　有下列情形之一的，行政执法人员应当回避，当事人及其代理人有权要求其回避：\n（一）当事人或者当事人的近亲属；',
    '第二十九条　听证主持人应当履行下列职责：\n（一）决定举行听证的时间、地点；\n（二）维持听证秩序。',
    '第五条　行政执法机关对行政相对人应当一视同仁，不得因身份差异区别对待。',
    '第四条　重大行政决策的承办单位及合法性审查工作中涉及的单位和个人，应当配合做好相关工作。',
    '第二条　凡在本市辖区的墙体材料生产企业、施工、建设单位，均应遵守本规定。',
  ]) {
    assert.deepEqual(categoriesOf(text), [], text);
  }
  // The same modal binding the public still counts.
  assert.deepEqual(categoriesOf('第六条　经营者应当每月向街道办事处报送经营情况。'), ['obligation']);
});

test('texts that regulate penalties, fees and coercion are not read as creating them', () => {
  for (const text of [
    '第八条　违法行为轻微的，在法定罚款幅度内按照最低限额的百分之十至百分之三十确定罚款数额。',
    '第四条　本制度所称重大行政执法决定，主要包括：\n（一）责令停业整顿、停产停业的；\n（二）较大数额罚款的；\n（三）暂扣或吊销许可证、执照的；\n（五）拟采取行政强制措施的；\n（七）拟进行土地等资源费征收的。',
    '第十条　实行罚缴分离，作出罚款决定的行政机关应当与收缴罚款的机构分离，罚没收入全额上缴国库。',
    '第三条　本办法所称行政执法，包括行政许可、行政处罚、行政强制、行政征收、行政收费、行政检查等行为。',
    '第十二条　各项收费收入实行收支两条线管理，全额上缴国库。',
    '第六条　区房屋征收办公室负责本区房屋征收与补偿的组织实施工作。',
  ]) {
    assert.deepEqual(categoriesOf(text), [], text);
  }
});

test('negation and prohibitions addressed to the administration protect the public', () => {
  for (const text of [
    '第九条　禁止向企业收取任何费用，严禁以任何名义摊派。',
    '（一）全面规范市场准入程序，不得以备案、登记、注册、年检、认定、认证、指定等形式设定市场准入障碍，不得设置没有法律法规依据的审批或者具有行政审批性质的事前备案程序。',
    '第四条　行政机关和法律、法规授权的具有管理公共事务职能的组织不得滥用行政权力，实施下列行为，限定或者变相限定单位或者个人经营、购买、使用其指定的经营者提供的商品和服务。',
    '第二十一条　行政许可被撤销的，撤销的效力追溯至该行政许可作出之日。',
    '第三十条　本办法施行前制定的规范性文件与本办法不一致的，应当按照本办法进行修订。',
  ]) {
    assert.deepEqual(categoriesOf(text), [], text);
  }
});
