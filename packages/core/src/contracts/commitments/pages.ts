// 告知承诺制: the console menu (the server's manifest and the web's route tables both read these).
import { defineMenu } from '../platform/menu';

export const commitmentsMenu = defineMenu({
  'commitment-matters': { label: '告知承诺办理', page: 'commitment-matters', action: 'commitments.read' },
  'commitment-items': { label: '告知承诺事项', page: 'commitment-items', action: 'commitments.read' },
  'commitment-statistics': { label: '告知承诺统计', page: 'commitment-statistics', action: 'commitments.read' },
});

// the labels the pages show: the statistics' group and a false commitment's consequences (core's one list)
export { commitmentStatisticGroupLabels, falseCommitmentConsequenceLabels } from '../../commitments';
