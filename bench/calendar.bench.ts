// One million statutory deadlines: the calendar engine (precomputed working-day ordinals, O(1) per deadline)
// against naive day-stepping loops over the same inputs, in the same run. Prints timings and ratios, then checks
// that the engine and the loops give identical answers. Run: node --import tsx bench/calendar.bench.ts
import {
  type StatuteRule,
  buildCalendar,
  computeDeadline,
  computeDueDate,
  formatIsoDate,
  nationalCalendarData,
  parseIsoDate,
  statuteCatalogue,
} from '@fazhi/core/calendar';

const COUNT = 1_000_000;
const calendar = buildCalendar(nationalCalendarData);

// The rules a day-stepping loop can express simply: forward working-day and calendar-day deadlines.
const rules: StatuteRule[] = statuteCatalogue.filter(
  (r) => r.direction === 'after' && r.limit === 'within' && (r.unit === 'working_days' || r.unit === 'days'),
);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(2025);
const first = parseIsoDate('2020-01-01');
const span = parseIsoDate('2026-09-30') - first;
const inputs = Array.from({ length: COUNT }, () => ({
  rule: rules[Math.floor(random() * rules.length)] ?? (rules[0] as StatuteRule),
  from: formatIsoDate(first + Math.floor(random() * span)),
}));

function runEngine(out: string[]): void {
  for (let i = 0; i < COUNT; i++) {
    const input = inputs[i];
    if (input) out[i] = computeDueDate(calendar, input.rule, { from: input.from }).due;
  }
}

// Baseline 1: the same calendar lookups, but stepping one day at a time.
function naiveDue(rule: StatuteRule, from: string): string {
  let d = parseIsoDate(from);
  if (rule.unit === 'working_days') {
    for (let counted = 0; counted < rule.amount;) if (calendar.workingAt(++d)) counted++;
  } else {
    d += rule.amount;
    while (!calendar.workingAt(d)) d++;
  }
  return formatIsoDate(d);
}

function runNaive(out: string[]): void {
  for (let i = 0; i < COUNT; i++) {
    const input = inputs[i];
    if (input) out[i] = naiveDue(input.rule, input.from);
  }
}

// Baseline 2: the way deadline code is often written, with Date objects and sets of ISO strings.
const offDays = new Set<string>();
const makeUpDays = new Set<string>();
for (const year of nationalCalendarData) {
  for (const h of year.holidays) {
    for (let d = parseIsoDate(h.from); d <= parseIsoDate(h.to); d++) offDays.add(formatIsoDate(d));
    for (const m of h.makeUpWorkdays) makeUpDays.add(m);
  }
}
function typicalWorking(date: Date): boolean {
  const iso = date.toISOString().slice(0, 10);
  if (makeUpDays.has(iso)) return true;
  if (offDays.has(iso)) return false;
  const wd = date.getUTCDay();
  return wd !== 0 && wd !== 6;
}
function typicalDue(rule: StatuteRule, from: string): string {
  const d = new Date(`${from}T00:00:00Z`);
  if (rule.unit === 'working_days') {
    for (let counted = 0; counted < rule.amount;) {
      d.setUTCDate(d.getUTCDate() + 1);
      if (typicalWorking(d)) counted++;
    }
  } else {
    d.setUTCDate(d.getUTCDate() + rule.amount);
    while (!typicalWorking(d)) d.setUTCDate(d.getUTCDate() + 1);
  }
  return d.toISOString().slice(0, 10);
}
function runTypical(out: string[]): void {
  for (let i = 0; i < COUNT; i++) {
    const input = inputs[i];
    if (input) out[i] = typicalDue(input.rule, input.from);
  }
}

// The counting step alone, on day numbers parsed beforehand: O(1) ordinal lookup against stepping day by day.
const starts = Int32Array.from(inputs, (x) => parseIsoDate(x.from));
const working = Uint8Array.from(inputs, (x) => (x.rule.unit === 'working_days' ? 1 : 0));
const amounts = Int32Array.from(inputs, (x) => x.rule.amount);
function countEngine(out: Int32Array): void {
  for (let i = 0; i < COUNT; i++) {
    const d = starts[i] ?? 0;
    const n = amounts[i] ?? 0;
    out[i] = working[i] ? calendar.shiftWorkingDays(d, n) : calendar.nextWorkingDay(d + n);
  }
}
function countStepping(out: Int32Array): void {
  for (let i = 0; i < COUNT; i++) {
    let d = starts[i] ?? 0;
    const n = amounts[i] ?? 0;
    if (working[i]) {
      for (let counted = 0; counted < n;) if (calendar.workingAt(++d)) counted++;
    } else {
      d += n;
      while (!calendar.workingAt(d)) d++;
    }
    out[i] = d;
  }
}

/** Best of three timed runs after a warm-up run, so every variant is measured after JIT compilation. */
function time<T>(run: (out: T) => void, out: T): number {
  run(out);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    run(out);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const engineOut: string[] = new Array<string>(COUNT);
const naiveOut: string[] = new Array<string>(COUNT);
const typicalOut: string[] = new Array<string>(COUNT);
const countEngineOut = new Int32Array(COUNT);
const countSteppingOut = new Int32Array(COUNT);
const countEngineMs = time(countEngine, countEngineOut);
const countSteppingMs = time(countStepping, countSteppingOut);
const engineMs = time(runEngine, engineOut);
const naiveMs = time(runNaive, naiveOut);
const typicalMs = time(runTypical, typicalOut);

const explainCount = 100_000;
const explainStart = performance.now();
for (let i = 0; i < explainCount; i++) {
  const input = inputs[i];
  if (input) computeDeadline(calendar, input.rule.id, { from: input.from });
}
const explainUs = ((performance.now() - explainStart) * 1000) / explainCount;

let mismatches = 0;
for (let i = 0; i < COUNT; i++) {
  const same = engineOut[i] === naiveOut[i] && engineOut[i] === typicalOut[i];
  if (!same || countEngineOut[i] !== countSteppingOut[i] || formatIsoDate(countEngineOut[i] ?? 0) !== engineOut[i]) {
    if (mismatches++ < 5)
      console.log(`  mismatch: ${inputs[i]?.rule.id} ${inputs[i]?.from}`, engineOut[i], naiveOut[i]);
  }
}

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
const ratio = (slow: number, fast: number) => `${(slow / fast).toFixed(1)}×`;
const wdShare = inputs.filter((x) => x.rule.unit === 'working_days').length / COUNT;
console.log(`calendar: ${COUNT.toLocaleString('en')} deadlines over ${rules.length} catalogue rules`);
console.log(`  (${(wdShare * 100).toFixed(0)}% working-day, the rest calendar-day; starts 2020-01-01..2026-09-30)`);
console.log('  counting step on day numbers:');
console.log(`    engine (precomputed ordinals)          ${ms(countEngineMs)}`);
console.log(`    day-stepping over the same table      ${ms(countSteppingMs)}`);
console.log(`    engine is ${ratio(countSteppingMs, countEngineMs)} faster than day-stepping`);
console.log('  end to end (parse ISO date, validate input, count, provisional check, format):');
console.log(`    engine (computeDueDate)                ${ms(engineMs)}`);
console.log(`    day-stepping over the same table      ${ms(naiveMs)}  (engine ${ratio(naiveMs, engineMs)})`);
console.log(`    day-stepping with Date + Set<string>  ${ms(typicalMs)}  (engine ${ratio(typicalMs, engineMs)})`);
console.log(`  with the full Chinese explanation (computeDeadline): ${explainUs.toFixed(2)} µs per deadline`);
console.log(
  mismatches === 0
    ? `  check: all ${COUNT.toLocaleString('en')} answers identical across every method`
    : `  check FAILED: ${mismatches} answers differ`,
);
if (mismatches > 0) process.exit(1);
