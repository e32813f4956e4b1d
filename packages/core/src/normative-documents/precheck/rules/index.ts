// The clause rules in the order their findings are reported. `obligation` stays last: it is the residual category.
import { certificateRule } from './certificate';
import { coercionRule } from './coercion';
import { competitionRule } from './competition';
import { feeRule } from './fee';
import { licensingRule } from './licensing';
import { obligationRule } from './obligation';
import { penaltyRule } from './penalty';
import { rightsRule } from './rights';
import type { ClauseRule } from './shared';

export const specificClauseRules: readonly ClauseRule[] = [
  licensingRule,
  penaltyRule,
  coercionRule,
  feeRule,
  competitionRule,
  certificateRule,
  rightsRule,
];

export const residualClauseRule: ClauseRule = obligationRule;

export type { ClauseRule, RuleHit } from './shared';
