// The reporter of a shard's process (e2e/shard-worker.ts): node:test's spec output, with a marker line after each
// journey's block that carries the journey's counts, so that e2e/run.ts prints each journey whole as it ends (two
// shards' lines never mix) and adds up the stage's summary itself (a shard's process that crashed loses no count).
// The spec reporter is driven synchronously (write, then read what it produced) so the marker follows its block.
import { spec, type TestEvent } from 'node:test/reporters';
import { tally, type Counts } from './schedule';

/** Starts the line that ends a journey's block; `{ file, counts }` as JSON follows it. */
export const JOURNEY_END = '\u001eJOURNEY-END ';

export default async function* shardReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const inner = new spec();
  const produced = () => {
    let out = '';
    for (let chunk = inner.read() as Buffer | string | null; chunk !== null; chunk = inner.read() as typeof chunk)
      out += chunk.toString();
    return out;
  };
  let counts: Counts = {};
  for await (const event of source) {
    // the process's own closing summary: e2e/run.ts prints one for the whole stage
    if (event.type === 'test:diagnostic' && event.data.nesting === 0) continue;
    inner.write(event);
    const out = produced();
    if (out) yield out;
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const error = (data.details as { error?: { failureType?: string } }).error;
    tally(counts, {
      passed: event.type === 'test:pass',
      nesting: data.nesting,
      suite: (data.details as { type?: string }).type === 'suite',
      skip: data.skip !== undefined && data.skip !== false,
      todo: data.todo !== undefined && data.todo !== false,
      cancelled: error?.failureType === 'cancelledByParent',
    });
    // a journey is one top-level suite, named by its file (e2e/shard-worker.ts)
    if (data.nesting === 0) {
      yield `${JOURNEY_END}${JSON.stringify({ file: data.name, counts })}\n`;
      counts = {};
    }
  }
  inner.end();
  // what the spec reporter prints at the end: the failing tests again, with where they are
  for await (const chunk of inner) yield (chunk as Buffer | string).toString();
}
