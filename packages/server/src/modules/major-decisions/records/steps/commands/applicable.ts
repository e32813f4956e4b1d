// A middle step is recorded only on a decision whose catalogue item (or start outside the catalogue) says it applies.
import { decisionStepDefinitions, type OptionalStep } from '@fazhi/core/major-decisions';
import { AppError } from '../../../../../platform/errors';
import type { DecisionRow } from '../../workflow';

export function requireApplicable(row: DecisionRow, step: OptionalStep) {
  if (!row[step])
    throw new AppError(
      409,
      'DECISION_STEP_NOT_APPLICABLE',
      `该决策事项不适用${decisionStepDefinitions[step].label}（${decisionStepDefinitions[step].basis}），无需记录`,
    );
}
