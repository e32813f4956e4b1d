// 矛盾纠纷调解: the console menu (the server's manifest and the web's route tables both read these).
import { defineMenu } from '../platform/menu';

export const mediationMenu = defineMenu({
  'mediation-disputes': { label: '矛盾纠纷调解', page: 'mediation-disputes', action: 'mediation.read' },
  'mediation-committees': { label: '人民调解组织', page: 'mediation-committees', action: 'mediation.read' },
  'mediation-statistics': { label: '调解统计', page: 'mediation-statistics', action: 'mediation.read' },
});

// the labels the pages show, from core's one list
export {
  agreementFormLabels,
  committeeKindLabels,
  confirmationResultLabels,
  disputeSourceLabels,
  linkedProcedureLabels,
  mediationKindLabels,
  mediationStatisticGroupLabels,
  mediatorPostLabels,
  performanceLabels,
} from '../../mediation';
