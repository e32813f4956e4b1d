// Sums a chromium trace (Tracing.dataCollected events) for bench/page-render-profile.ts: the renderer processes'
// thread CPU time by category of work, and V8's sampled script time by the package or web folder it comes from.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: {
        nodes?: { id: number; callFrame: CallFrame }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The category an event's own time belongs to, by its name (chromium's trace event names, as DevTools groups
 * them in its performance panel). */
function categoryOf(name: string): string {
  if (/CpuProfiler|TracingStarted|Tracing/.test(name)) return '性能分析自身';
  if (/compile|parseOnBackground|deserialize|produce\w*Cache|consumeCache|CompileLazy|ParseScript/i.test(name))
    return '脚本编译与代码缓存';
  if (/GC|Sweep|Mark|Scaveng|Heap|Compactor/.test(name)) return '垃圾回收';
  if (
    /^(EvaluateScript|v8\.evaluateModule|v8\.run|FunctionCall|V8\.Execute|v8\.callFunction|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|v8\.execute|XHRReadyStateChange|FireIdleCallback|V8\.HandleInterrupts|V8\.BytecodeBudgetInterrupt|V8\.StackGuard)/.test(
      name,
    )
  )
    return '脚本执行';
  if (/RuleSet|ParseAuthorStyleSheet|StyleSheet|CSSParser|StyleEngine::UpdateActiveStyle/i.test(name))
    return '样式表解析';
  if (
    /UpdateLayoutTree|RecalculateStyles|RecalcStyle|StyleRecalc|Document::updateStyle|UpdateStyle|rebuildLayoutTree|recalcStyle/i.test(
      name,
    )
  )
    return '样式计算';
  if (/Layout|InlineNode|ShapeText|Shaping|Font/.test(name)) return '布局与文字排版';
  if (/Paint|Layerize|UpdateLayer|CompositeLayers|Commit|LayerTree|Frame|Compositor|cc::/.test(name))
    return '绘制与合成';
  if (/Raster|DecodeImage|ImageDecode|TileManager|Skia|GrContext/.test(name)) return '光栅化';
  if (name === 'ParseHTML' || /HTMLDocumentParser|TextResourceDecoder/.test(name)) return 'HTML 解析';
  if (/HitTest|elementsFromPoint/.test(name)) return '命中测试';
  if (/Resource|Loader|URLLoader|Navigation|ResponseBody/.test(name)) return '资源加载';
  if (/RunTask|ThreadController|SequenceManager|Scheduler/.test(name)) return '任务调度（未细分）';
  return `其他 ${name}`;
}

interface Span {
  name: string;
  ts: number;
  end: number;
  cpu: number | undefined;
}

/** Thread CPU time (tdur, µs) of the renderers' events, self time only, in milliseconds by category; a thread other
 * than the renderer's main one is named after the category. */
export function categorise(events: TraceEvent[]): Map<string, number> {
  const renderers = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'process_name' && e.args?.name === 'Renderer').map((e) => e.pid),
  );
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const spans = new Map<string, Span[]>();
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (!renderers.has(e.pid)) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = spans.get(key) ?? [];
    spans.set(key, list);
    if (e.ph === 'X' && e.dur !== undefined) list.push({ name: e.name, ts: e.ts, end: e.ts + e.dur, cpu: e.tdur });
    else if (e.ph === 'B') open.set(key, [...(open.get(key) ?? []), e]);
    else if (e.ph === 'E') {
      const b = open.get(key)?.pop();
      if (b)
        list.push({
          name: b.name,
          ts: b.ts,
          end: e.ts,
          cpu: b.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : undefined,
        });
    }
  }
  const out = new Map<string, number>();
  for (const [key, list] of spans) {
    const thread = threadNames.get(key) ?? '';
    const where = thread === 'CrRendererMain' ? '' : ` [${thread.replace(/\d+$/, '')}]`;
    list.sort((a, b) => a.ts - b.ts || b.end - a.end);
    const stack: { span: Span; childCpu: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.span.end <= upTo) {
        const { span, childCpu } = stack.pop()!;
        if (span.cpu !== undefined) {
          const k = categoryOf(span.name) + where;
          out.set(k, (out.get(k) ?? 0) + Math.max(0, span.cpu - childCpu) / 1000);
        }
        if (stack.length) stack[stack.length - 1]!.childCpu += span.cpu ?? childCpu;
      }
    };
    for (const s of list) {
      close(s.ts);
      stack.push({ span: s, childCpu: 0 });
    }
    close(Infinity);
  }
  return out;
}

export interface Sample {
  frame: CallFrame;
  us: number;
}

interface Chunks {
  frames: Map<number, CallFrame>;
  samples: number[];
  deltas: number[];
}

/** V8's samples from the renderers' `ProfileChunk` events, each with the time until the next one. */
export function profileSamples(events: TraceEvent[]): Sample[] {
  const profiles = new Map<string, Chunks>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    const p: Chunks = profiles.get(key) ?? { frames: new Map(), samples: [], deltas: [] };
    profiles.set(key, p);
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) p.frames.set(n.id, n.callFrame);
    p.samples.push(...(data?.cpuProfile?.samples ?? []));
    p.deltas.push(...(data?.timeDeltas ?? []));
  }
  const out: Sample[] = [];
  for (const p of profiles.values())
    for (let i = 0; i < p.samples.length; i++) {
      const frame = p.frames.get(p.samples[i]!);
      const us = p.deltas[i + 1] ?? 0;
      if (frame && us > 0 && frame.functionName !== '(idle)') out.push({ frame, us });
    }
  return out;
}

const consumers = new Map<string, SourceMapConsumer | null>();
function consumer(mapsDir: string, script: string): SourceMapConsumer | null {
  if (!consumers.has(script)) {
    const path = join(mapsDir, 'assets', `${script}.map`);
    consumers.set(
      script,
      existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap) : null,
    );
  }
  return consumers.get(script)!;
}

/** Where a source file belongs: its npm package, or the web's folder (`web src/shell`…). */
function ownerOf(source: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m) return m[1]!;
  const w = /packages\/(web\/src\/[^/]+|core\/src\/[^/]+)/.exec(source);
  return w ? w[1]! : source;
}

/** Sampled milliseconds by package or web folder (with `mapsDir`), else by script file. */
export function sourcesOf(samples: Sample[], mapsDir: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const { frame, us } of samples) {
    let key: string;
    if (!frame.url) key = `原生 ${frame.functionName}`;
    else {
      const script = basename(new URL(frame.url).pathname);
      const map = mapsDir && frame.lineNumber >= 0 ? consumer(mapsDir, script) : null;
      const pos = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
      key = pos?.source ? ownerOf(pos.source) : script;
    }
    out.set(key, (out.get(key) ?? 0) + us / 1000);
  }
  return out;
}
