// The daily deadline sweep (module job): sets warning levels and notifies, for today in 北京时间.
import type { JobDef } from '../../../platform/modules/manifest';
import { sweepDeadlineWarnings } from '../../../platform/deadlines';

export const sweepDeadlineWarningsJob: JobDef = {
  name: 'sweep-deadline-warnings',
  // Early morning, and again at noon so that a server started during the day catches up the same day.
  cron: '5 1,12 * * *',
  run: async (services) => {
    await sweepDeadlineWarnings(services, services.clock.today());
  },
};
