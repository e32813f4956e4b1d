// Where the renderer's time goes on the console's pages (issue 13 item 8): a chromium trace (devtools.timeline, v8
// and V8's sampling profiler) of each step — the sign-in page loaded from the address bar, the sign-in to the
// workbench, a list page (normative documents, major decisions) loaded from the address bar, a decision's page, a
// menu move — summed over the renderer's threads by category (thread CPU time, self, of the trace's events: script
// compile, script evaluation, style recalculation, style sheet parsing, layout, paint, raster, garbage collection…)
// and the sampled script time by where it comes from (a package, or the web's own code, read through the build's
// source maps when `--maps <dir>` names a build made with `vite build --sourcemap hidden --outDir <dir>`: hidden
// maps leave the scripts byte for byte the same, so their hashed names match the served ones).
//
//   FAZHI_E2E_BASE_URL=http://127.0.0.1:3000 FAZHI_DEMO_PASSWORD=… \
//     node --import tsx bench/page-render-profile.ts [--reps 3] [--maps .fazhi-test/web-maps] [--dist <build dir>]
//
// Each step runs `reps` times (after one warm-up pass: the HTTP cache and V8's code cache as a returning user has
// them) in a fresh context of the journeys' chromium (e2e/browser.ts), with reduced motion as the journeys ask.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { baseUrl, launch } from '../e2e/support';
import { serveBuild } from './dist-proxy';
import { officeContext, rendererCpu } from './renderer';
import { categorise, profileSamples, sourcesOf, type TraceEvent } from './trace-summary';

const password = process.env.FAZHI_DEMO_PASSWORD ?? '';
const args = process.argv.slice(2);
const opt = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const reps = Number(opt('--reps') ?? 3);
const maps = opt('--maps');
// --dist <dir>: profile that build of the web (bench/dist-proxy.ts) in front of the running platform
const dist = opt('--dist');
const proxy = dist ? await serveBuild(dist, baseUrl) : undefined;
const base = proxy?.url ?? baseUrl;
const decisionTitle = '示范区农村集贸市场规范化建设方案';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'cc',
  'gpu',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

async function traced(cdp: CDPSession, step: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await step();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

type Step = [name: string, run: (page: Page) => Promise<void>];

async function menuTo(page: Page, label: string) {
  await page.getByRole('menu').getByText(label, { exact: true }).click();
}

function steps(decisionUrl: string): Step[] {
  return [
    [
      '登录页',
      async (page) => {
        await page.goto(`${base}/console`);
        await page.getByLabel('用户名').waitFor();
      },
    ],
    [
      '登录并进入工作台',
      async (page) => {
        await page.getByLabel('用户名').fill('demo.legal');
        await page.getByLabel('密码').fill(password);
        await page.getByRole('button', { name: /登\s?录/ }).click();
        await page.getByRole('menu').waitFor();
        await page.waitForLoadState('networkidle');
      },
    ],
    [
      '行政规范性文件列表（地址栏）',
      async (page) => {
        await page.goto(`${base}/console/normative-documents`);
        await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
        await page.waitForLoadState('networkidle');
      },
    ],
    [
      '重大行政决策列表（菜单）',
      async (page) => {
        await menuTo(page, '重大行政决策');
        await page.getByRole('link', { name: decisionTitle }).waitFor();
        await page.waitForLoadState('networkidle');
      },
    ],
    [
      '重大行政决策页（地址栏）',
      async (page) => {
        await page.goto(decisionUrl);
        await page.locator('.ant-card-head-title').filter({ hasText: decisionTitle }).waitFor();
        await page.waitForLoadState('networkidle');
      },
    ],
    [
      '工作台（菜单）',
      async (page) => {
        await menuTo(page, '工作台');
        await page.waitForLoadState('networkidle');
      },
    ],
  ];
}

async function findDecision(browser: Browser): Promise<string> {
  const context = await officeContext(browser, 'reduce');
  const page = await context.newPage();
  await steps('')[0]![1](page);
  await steps('')[1]![1](page);
  await steps('')[3]![1](page);
  await page.getByRole('link', { name: decisionTitle }).click();
  await page.locator('.ant-card-head-title').filter({ hasText: decisionTitle }).waitFor();
  const url = page.url();
  await context.close();
  return url;
}

type Sums = Map<string, number>;
interface Slot {
  cats: Sums;
  sources: Sums;
  /** the renderers' CPU (user + sys) over the step, tracing included, in milliseconds */
  cpu: number;
}

const add = (m: Sums, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

async function pass(browser: Browser, decisionUrl: string, into?: Map<string, Slot>) {
  const context = await officeContext(browser, 'reduce');
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const browserCdp = await browser.newBrowserCDPSession();
  for (const [name, run] of steps(decisionUrl)) {
    const cpu0 = await rendererCpu(browserCdp);
    const events = await traced(browserCdp, () => run(page));
    const cpu = (await rendererCpu(browserCdp)) - cpu0;
    if (!into) continue;
    const slot = into.get(name) ?? { cats: new Map(), sources: new Map(), cpu: 0 };
    into.set(name, slot);
    slot.cpu += cpu * 1000;
    for (const [k, v] of categorise(events)) add(slot.cats, k, v);
    for (const [k, v] of sourcesOf(profileSamples(events), maps)) add(slot.sources, k, v);
  }
  await browserCdp.detach();
  await context.close();
}

function table(title: string, m: Sums, top: number) {
  const rows = [...m.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, v]) => s + v, 0);
  console.log(`  ${title}：共 ${(total / reps).toFixed(0)} 毫秒`);
  for (const [k, v] of rows.slice(0, top)) console.log(`    ${(v / reps).toFixed(0).padStart(6)}  ${k}`);
}

async function main() {
  if (!password) throw new Error('请设置 FAZHI_DEMO_PASSWORD（演示用户的密码）');
  const browser = await launch();
  try {
    const decisionUrl = await findDecision(browser);
    await pass(browser, decisionUrl);
    const into = new Map<string, Slot>();
    for (let i = 0; i < reps; i++) await pass(browser, decisionUrl, into);
    console.log(`渲染进程各步耗时（毫秒，${reps} 次的平均，负载 ${loadavg()[0]!.toFixed(1)}）`);
    for (const [name, { cats, sources, cpu }] of into) {
      console.log(`${name}：渲染进程 CPU ${(cpu / reps).toFixed(0)} 毫秒（含跟踪本身）`);
      table('按类别（线程 CPU，自身时间）', cats, 16);
      table('脚本按来源（采样）', sources, 14);
    }
  } finally {
    await browser.close();
    proxy?.close();
  }
}

if (maps) readFileSync(`${maps}/.vite/manifest.json`);
await main();
