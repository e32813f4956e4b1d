import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkPeriod,
  formatPeriod,
  formatRate,
  isRateKey,
  isStatisticKey,
  ratePercent,
  statisticDefinition,
  statisticDefinitions,
  statisticKeys,
  yearToDate,
} from './statistics';
import { documentActLabels, filingOutcomeLabels, filingStatusLabels } from './workflow';
import { commentAnswerLabels, moderationStatusLabels, reviewResultLabels } from './procedure';

describe('statistic definitions', () => {
  test('every figure has a unique key, a Chinese label, a definition, a basis and the date that counts', () => {
    assert.equal(new Set(statisticKeys).size, statisticDefinitions.length);
    for (const d of statisticDefinitions) {
      assert.match(d.label, /[\u4e00-\u9fff]/, d.key);
      assert.match(d.definition, /[\u4e00-\u9fff]/, d.key);
      assert.ok(d.basis.length > 5, `${d.key} names its source`);
      assert.match(d.countedDate, /日/, d.key);
    }
  });

  test('a figure cites a national source by name — never an internal label or a seed report', () => {
    for (const d of statisticDefinitions) {
      assert.doesNotMatch(d.basis, /种子|典型做法|内蒙古|示范区/, d.key);
      assert.match(d.basis, /《[^》]+》（(国发|国办发)〔\d{4}〕\d+号）/, d.key);
    }
  });

  test('one name for one thing: the correction figure, the act and the filing outcome are all 通知自行纠正', () => {
    const figure = statisticDefinitions.find((d) => d.key === 'filing_correction_ordered');
    assert.equal(figure?.label, '通知自行纠正');
    assert.equal(documentActLabels['order-correction'], figure?.label);
    assert.equal(filingOutcomeLabels.correction_ordered, figure?.label);
    assert.equal(filingStatusLabels.correction_ordered, '已通知自行纠正');
    assert.equal(reviewResultLabels.failed, '审核不通过');
    // 不予采纳 answers a valid comment; a moderated-out comment is a 无效意见, never "不予采用"
    assert.equal(commentAnswerLabels.not_adopted, '不予采纳');
    assert.equal(moderationStatusLabels.rejected, '无效意见');
  });

  test('the figures of the seed reports exist: 报备, 予以备案, 纠正, 不予审查, 审结率, 备案率, 及时率', () => {
    const labels: string[] = statisticDefinitions.map((d) => d.label);
    for (const l of ['报备件数', '予以备案', '通知自行纠正', '不予审查', '审结率', '备案率', '及时率'])
      assert.ok(labels.includes(l), l);
  });

  test('rates say what their numerator and denominator count; counts do not', () => {
    for (const key of statisticKeys) {
      const d = statisticDefinition(key);
      if (isRateKey(key)) assert.ok(d.numerator && d.denominator, key);
      else assert.equal(d.numerator, undefined, key);
    }
  });

  test('recognises figure keys and refuses unknown ones', () => {
    assert.ok(isStatisticKey('filed'));
    assert.ok(!isStatisticKey('filed '));
    assert.ok(!isStatisticKey('__proto__'));
  });
});

describe('rate arithmetic', () => {
  test('percent to one decimal: 288 of 309 is 93.2%', () => {
    assert.equal(ratePercent(288, 309), 93.2);
    assert.equal(formatRate(ratePercent(288, 309)), '93.2%');
  });

  test('rounds half up on the decimal and shows whole rates with one decimal', () => {
    assert.equal(ratePercent(1, 8), 12.5);
    assert.equal(ratePercent(1, 3), 33.3);
    assert.equal(ratePercent(2, 3), 66.7);
    assert.equal(formatRate(ratePercent(11, 11)), '100.0%');
    assert.equal(formatRate(ratePercent(0, 4)), '0.0%');
  });

  test('a rate of nothing is null and shown as a dash, never 0% or 100%', () => {
    assert.equal(ratePercent(0, 0), null);
    assert.equal(formatRate(ratePercent(0, 0)), '—');
    assert.equal(ratePercent(1, Number.NaN), null);
  });
});

describe('periods', () => {
  test('refuses malformed and impossible dates naming the field', () => {
    assert.deepEqual(
      checkPeriod({ from: '2026-02-30', to: '2026-13-01' }).map((p) => p.field),
      ['from', 'to'],
    );
    assert.deepEqual(checkPeriod({ from: 'yesterday', to: '2026-01-01' })[0]?.field, 'from');
  });

  test('refuses a period that ends before it starts', () => {
    const [p] = checkPeriod({ from: '2026-06-02', to: '2026-06-01' });
    assert.equal(p?.field, 'from');
    assert.match(p?.message ?? '', /不能晚于/);
  });

  test('accepts a one-day period', () => {
    assert.deepEqual(checkPeriod({ from: '2026-06-01', to: '2026-06-01' }), []);
  });

  test('defaults to the year to date and prints periods the Chinese way', () => {
    assert.deepEqual(yearToDate('2026-11-23'), { from: '2026-01-01', to: '2026-11-23' });
    assert.equal(formatPeriod({ from: '2026-01-01', to: '2026-11-23' }), '2026年1月1日至2026年11月23日');
  });
});
