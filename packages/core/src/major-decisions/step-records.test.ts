import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expertReviewStanding,
  fairCompetitionPasses,
  fairCompetitionReviewBasis,
  hearingHeldProblems,
} from './step-records';

describe('the middle steps before the legality review', () => {
  test('第十七条: the record is summarised and signed by every listed participant', () => {
    assert.deepEqual(
      hearingHeldProblems({ recordSummary: '笔录', signedBy: ['甲', '乙'], participants: ['甲', '乙'] }),
      [],
    );
    const problems = hearingHeldProblems({ recordSummary: ' ', signedBy: ['甲'], participants: ['甲', '乙'] });
    assert.deepEqual(
      problems.map((p) => p.field),
      ['recordSummary', 'signedBy'],
    );
    assert.match(problems[1]!.message, /尚未签字：乙.*第十七条/);
  });

  test('第十九条第二款: complete only with every drawn expert’s signed opinion', () => {
    const drawn = [
      { id: 'a', name: '专家甲' },
      { id: 'b', name: '专家乙' },
    ];
    assert.deepEqual(
      expertReviewStanding(drawn, [
        { expertId: 'a', signed: true },
        { expertId: 'b', signed: false },
      ]),
      {
        complete: false,
        unsigned: ['专家乙'],
      },
    );
    assert.equal(
      expertReviewStanding(drawn, [
        { expertId: 'a', signed: true },
        { expertId: 'b', signed: true },
      ]).complete,
      true,
    );
    assert.equal(expertReviewStanding([], []).complete, false);
  });

  test('公平竞争审查: a draft found not to comply does not pass; the basis cites 国务院令第783号', () => {
    assert.equal(fairCompetitionPasses('complies'), true);
    assert.equal(fairCompetitionPasses('complies_after_adjustment'), true);
    assert.equal(fairCompetitionPasses('does_not_comply'), false);
    assert.match(fairCompetitionReviewBasis, /《公平竞争审查条例》（国务院令第783号）第二条、第十四条/);
  });
});
