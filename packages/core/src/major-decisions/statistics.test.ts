import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actsOfStep,
  belowRequired,
  decidedWithStep,
  decisionStatisticDefinition,
  decisionStatisticDefinitions,
  decisionStatisticGroupLabels,
  decisionStatisticKeys,
  decisionStepActs,
} from './statistics';

describe('decision statistic definitions', () => {
  test('every figure has a unique key, a Chinese label, a definition, a basis and the date that counts', () => {
    assert.equal(new Set(decisionStatisticKeys).size, decisionStatisticDefinitions.length);
    for (const d of decisionStatisticDefinitions) {
      assert.match(d.label, /\p{Script=Han}/u, d.key);
      assert.ok(d.definition.endsWith('。'), d.key);
      assert.ok(d.countedDate.endsWith('日期'), d.key);
      assert.ok(decisionStatisticGroupLabels[d.group], d.key);
    }
  });

  test("a basis is the 条例 with its article, or the region's own filing rule — never another locality", () => {
    for (const d of decisionStatisticDefinitions) {
      if (d.group === 'filing' && d.key !== 'published') assert.match(d.basis, /^本地区/, d.key);
      else assert.match(d.basis, /^《重大行政决策程序暂行条例》（国务院令第713号）第.+条/, d.key);
      assert.doesNotMatch(d.basis, /包头|呼和浩特/, d.key);
    }
  });

  test('a rate names its numerator and denominator; only the legality review must reach 100%', () => {
    for (const d of decisionStatisticDefinitions)
      assert.equal('numerator' in d && 'denominator' in d, d.unit === '%', d.key);
    assert.deepEqual(
      decisionStatisticDefinitions.filter((d) => 'required' in d).map((d) => d.key),
      ['legality_review_rate'],
    );
    assert.equal(decisionStatisticDefinition('legality_review_rate').required, 100);
  });

  test('a legality-review rate under 100% is shown red; 100% and a rate of nothing are not', () => {
    assert.equal(belowRequired('legality_review_rate', 99.9), true);
    assert.equal(belowRequired('legality_review_rate', 100), false);
    assert.equal(belowRequired('legality_review_rate', null), false);
    assert.equal(belowRequired('filed_on_time_rate', 50), false);
  });

  test('the step figures count the acts the procedure records, by their names', () => {
    // the names the hearing/expert/risk/fair-competition steps and the execution acts write
    assert.deepEqual(decisionStepActs.hearing, ['hearing_held']);
    assert.deepEqual(decisionStepActs.expert_review, ['experts_heard']);
    assert.deepEqual(decisionStepActs.risk_assessment, ['risk_assessed']);
    assert.deepEqual(decisionStepActs.fair_competition_review, ['fair_competition_reviewed']);
    assert.deepEqual(decisionStepActs.post_evaluation, ['evaluated']);
    assert.deepEqual([...decisionStepActs.stop].sort(), ['stopped', 'suspended']);
    // a hearing is a form of public participation (第十四条), and so is the portal's consultation
    assert.ok((decisionStepActs.public_participation as readonly string[]).includes('hearing_held'));
    assert.ok((decisionStepActs.public_participation as readonly string[]).includes('consultation'));
    for (const key of [...Object.keys(decidedWithStep), ...Object.keys(actsOfStep)])
      assert.ok((decisionStatisticKeys as string[]).includes(key), key);
  });
});
