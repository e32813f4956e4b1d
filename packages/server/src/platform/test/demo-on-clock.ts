// A test database with the demo region whose app runs on a clock of the test's own, for tests whose answers depend
// on the day (deadlines' warning levels, a statistics period's boundaries) but not on the demo's own records.
//
// `createTestEnv({ clock })` seeds the demo itself on that clock — the demo's every module through its commands,
// some seconds of CPU per file — because the harness's demo template was seeded on the run's day. A test that
// removes the demo's records of its module before it builds its own (the workbench's deadlines and notifications,
// the statistics' normative register) needs only the demo's regions, units and people, which are the same on any
// day: it clones the template and runs the app and the commands on its own clock over that clone.
import type { Clock } from '../clock';
import { buildApp } from '../http/app';
import { createTestEnv, type TestEnv } from '../../../test/helpers';

export async function demoEnvOnClock(clock: Clock): Promise<TestEnv> {
  const seeded = await createTestEnv();
  const services = { ...seeded.services, clock };
  const app = await buildApp(services);
  return {
    ...seeded,
    services,
    app,
    close: async () => {
      await app.close();
      await seeded.close();
    },
  };
}
