// Small display helpers of the module's public pages (建议审查): dates as Chinese documents write them and the words
// for a deadline's state. The consultation pages' own are the shared participation/participation-format.ts.
import type { TrackedDeadline } from '@fazhi/core/contracts';

export { displayDate as chineseDate, beijingDay as chinaDay } from '../../../shell/datetime';

export const deadlineStatusText: Record<TrackedDeadline['status'], string> = {
  open: '办理中',
  met: '已按期办结',
  missed: '逾期办结',
  cancelled: '无需办理',
  paused: '暂停计算',
};
