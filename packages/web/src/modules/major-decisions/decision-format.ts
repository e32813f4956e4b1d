// Labels of the decision catalogue's pages, from core's browser-safe entry.
import { catalogueStatusLabels, optionalSteps, decisionStepLabels, optionalStepWhen } from '@fazhi/core/modules';

export const statusColours: Record<keyof typeof catalogueStatusLabels, string> = {
  draft: 'blue',
  consented: 'gold',
  published: 'green',
  superseded: 'default',
};

export { catalogueStatusLabels };

/** The optional steps as checkbox options: the step and when the regulation calls for it. */
export const optionalStepOptions = optionalSteps.map((s) => ({
  value: s,
  label: `${decisionStepLabels[s]}（${optionalStepWhen[s]}）`,
}));

export const stepLabel = (s: keyof typeof decisionStepLabels) => decisionStepLabels[s];
