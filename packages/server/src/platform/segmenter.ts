// The word segmenter (jieba, loaded by core on the first search, index or pre-check) keeps its native dictionary,
// about 40 MiB outside the JavaScript heap, for as long as its instance lives: an idle server that had answered one
// search stayed at 164–172 MiB against the 150 MB of issue 12 item 7, 112 MiB without it. So the server lets the
// instance go once it has gone unused for a while (FAZHI_SEGMENTER_IDLE_SECONDS, 60 by default); the next search
// builds it again (about 0.2 CPU-s once). Letting it go takes three things: dropping the instance, a full garbage
// collection so that its finaliser frees the dictionary now rather than whenever V8 next collects (an idle server
// may not for minutes), and work for the library's own allocator, which returns freed pages to the system only in
// the course of later allocations (`settleSegmenterMemory`, about 0.1 CPU-s each time).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { releaseSegmenter, segmenterIdleMs, settleSegmenterMemory } from '@fazhi/core/normative-documents';

let collector: (() => void) | undefined;

/** V8's full collection, without starting Node with --expose-gc (the flag set at run time exposes it to new contexts). */
function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Lets the segmenter go when it has gone unused for `idleMs`; true when it was released. */
export async function releaseIdleSegmenter(idleMs: number): Promise<boolean> {
  const idle = segmenterIdleMs();
  if (idle === null || idle < idleMs) return false;
  releaseSegmenter();
  collectGarbage();
  for (let i = 0; i < 2; i++) {
    await pause(200);
    settleSegmenterMemory();
    collectGarbage();
  }
  return true;
}

/** Checks every few seconds, on a timer that never keeps the process alive; returns the stop function. */
export function releaseSegmenterWhenIdle(idleSeconds: number): () => void {
  if (idleSeconds <= 0) return () => undefined;
  const idleMs = idleSeconds * 1000;
  let busy = false;
  const timer = setInterval(
    () => {
      if (busy) return;
      busy = true;
      void releaseIdleSegmenter(idleMs).finally(() => (busy = false));
    },
    Math.min(idleMs, 10_000),
  );
  timer.unref();
  return () => clearInterval(timer);
}
