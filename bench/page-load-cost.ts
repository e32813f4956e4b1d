// What a page load costs the browser's renderer (issue 13 item 8): the sign-in page, the sign-in to the workbench,
// a list page, a move by the menu and three moves back and forth between two lists, and a major decision's page, the pages loaded from the address bar in a fresh
// context of the journeys' chromium (e2e/browser.ts), with antd's styles from the CSS the build extracted and with those files emptied (the
// runtime path antd took before: every component's style computed in the page). The variants alternate, so both
// see the same load on a shared machine; each figure is the median of the repetitions.
//
// Per step: the renderers' CPU (user + sys, from chromium's SystemInfo.getProcessInfo, every renderer summed: the
// bench keeps one page open) and the page's main-thread times from CDP Performance.getMetrics (TaskDuration,
// ScriptDuration, RecalcStyleDuration, LayoutDuration), in milliseconds.
//
// Against a running platform with the demo region (`npm start`, or `fazhi start` with FAZHI_DEMO_PASSWORD):
//   FAZHI_E2E_BASE_URL=http://127.0.0.1:3000 FAZHI_DEMO_PASSWORD=… node --import tsx bench/page-load-cost.ts [reps]
// FAZHI_BENCH_MOTION=1 measures without reduced motion (the journeys ask for reduced motion, most users do not).
// FAZHI_BENCH_DISTS=before=<dir>,after=<dir> compares two builds of the web instead (e.g. `vite build --outDir` of
// main and of a change), each served with the build-time styles by bench/dist-proxy.ts in front of the platform.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { baseUrl, computeAntdStylesAtRuntime, launch } from '../e2e/support';
import { serveBuild } from './dist-proxy';
import { officeContext, rendererCpu } from './renderer';

const password = process.env.FAZHI_DEMO_PASSWORD ?? '';
const reps = Number(process.argv[2] ?? 5);
const reducedMotion = process.env.FAZHI_BENCH_MOTION === '1' ? 'no-preference' : 'reduce';
const decisionTitle = '示范区农村集贸市场规范化建设方案';
const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'] as const;
type Figures = Record<'rendererCpu' | (typeof METRICS)[number], number>;
interface Variant {
  label: string;
  base: string;
  runtimeStyles: boolean;
}
const dists = (process.env.FAZHI_BENCH_DISTS ?? '')
  .split(',')
  .filter(Boolean)
  .map((d) => d.split('=') as [string, string]);

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Runs one step and returns what it cost (seconds become milliseconds). A page load from the address bar starts a
 * new document, whose main-thread counters start at zero: its figures are those read after it. */
async function measure(
  browserCdp: CDPSession,
  cdp: CDPSession,
  navigates: boolean,
  step: () => Promise<void>,
): Promise<Figures> {
  const [cpu0, m0] = [await rendererCpu(browserCdp), await metrics(cdp)];
  await step();
  const [cpu1, m1] = [await rendererCpu(browserCdp), await metrics(cdp)];
  const figures = { rendererCpu: (cpu1 - cpu0) * 1000 } as Figures;
  for (const k of METRICS) figures[k] = (navigates ? m1[k]! : m1[k]! - m0[k]!) * 1000;
  return figures;
}

async function freshPage(browser: Browser, variant: Variant): Promise<{ context: BrowserContext; page: Page }> {
  const context = await officeContext(browser, reducedMotion);
  if (variant.runtimeStyles) await computeAntdStylesAtRuntime(context);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return { context, page };
}

/** One pass of the four steps in one variant. */
async function pass(browser: Browser, browserCdp: CDPSession, variant: Variant, decisionPath: string) {
  const base = variant.base;
  const { context, page } = await freshPage(browser, variant);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const out: Record<string, Figures> = {};
  out['登录页'] = await measure(browserCdp, cdp, true, async () => {
    await page.goto(`${base}/console`);
    await page.getByLabel('用户名').waitFor();
  });
  out['登录并进入工作台'] = await measure(browserCdp, cdp, false, async () => {
    await page.getByLabel('用户名').fill('demo.legal');
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s?录/ }).click();
    await page.getByRole('menu').waitFor();
    await page.waitForLoadState('networkidle');
  });
  out['行政规范性文件列表'] = await measure(browserCdp, cdp, true, async () => {
    await page.goto(`${base}/console/normative-documents`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await page.waitForLoadState('networkidle');
  });
  out['菜单到重大行政决策列表'] = await measure(browserCdp, cdp, false, async () => {
    await page.getByRole('menu').getByText('重大行政决策', { exact: true }).click();
    await page.getByRole('link', { name: decisionTitle }).waitFor();
    await page.waitForLoadState('networkidle');
  });
  out['菜单往返三次'] = await measure(browserCdp, cdp, false, async () => {
    for (let i = 0; i < 3; i++)
      for (const [item, first] of [
        ['行政规范性文件', '.ant-table-tbody tr.ant-table-row'],
        ['重大行政决策', `a:text("${decisionTitle}")`],
      ] as const) {
        await page.getByRole('menu').getByText(item, { exact: true }).click();
        await page.locator(first).first().waitFor();
        await page.waitForLoadState('networkidle');
      }
  });
  out['重大行政决策页'] = await measure(browserCdp, cdp, true, async () => {
    await page.goto(`${base}${decisionPath}`);
    await page.locator('.ant-card-head-title').filter({ hasText: decisionTitle }).waitFor();
    await page.waitForLoadState('networkidle');
  });
  await context.close();
  return out;
}

/** The decision page's path, found once through the menu. */
async function findDecision(browser: Browser, variant: Variant): Promise<string> {
  const { context, page } = await freshPage(browser, variant);
  await page.goto(`${variant.base}/console`);
  await page.getByLabel('用户名').fill('demo.legal');
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s?录/ }).click();
  await page.getByRole('menu').getByText('重大行政决策', { exact: true }).click();
  await page.getByRole('link', { name: decisionTitle }).click();
  await page.locator('.ant-card-head-title').filter({ hasText: decisionTitle }).waitFor();
  const path = new URL(page.url()).pathname;
  await context.close();
  return path;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  if (!password) throw new Error('请设置 FAZHI_DEMO_PASSWORD（演示用户的密码）');
  const servers = await Promise.all(dists.map(([, dir]) => serveBuild(dir, baseUrl)));
  const variants: Variant[] = dists.length
    ? dists.map(([label], i) => ({ label, base: servers[i]!.url, runtimeStyles: false }))
    : [
        { label: '构建时提取', base: baseUrl, runtimeStyles: false },
        { label: '运行时计算', base: baseUrl, runtimeStyles: true },
      ];
  const browser = await launch();
  const browserCdp = await browser.newBrowserCDPSession();
  try {
    const decisionPath = await findDecision(browser, variants[0]!);
    // a warm-up pass of each variant: the HTTP cache and compiled code as a returning user has them
    for (const v of variants) await pass(browser, browserCdp, v, decisionPath);
    const runs = new Map<Variant, Record<string, Figures>[]>(variants.map((v) => [v, []]));
    for (let i = 0; i < reps; i++)
      for (const v of i % 2 ? [...variants].reverse() : variants)
        runs.get(v)!.push(await pass(browser, browserCdp, v, decisionPath));
    const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
    console.log(
      `每页渲染进程耗时（毫秒，${reps} 次的中位数，减少动效：${reducedMotion === 'reduce' ? '是' : '否'}，负载 ${load}）`,
    );
    console.log(['页面', '方式', 'CPU', ...METRICS].join('\t'));
    for (const step of Object.keys(runs.get(variants[0]!)![0]!))
      for (const v of variants) {
        const cell = (k: keyof Figures) => median(runs.get(v)!.map((r) => r[step]![k])).toFixed(0);
        console.log([step, v.label, cell('rendererCpu'), ...METRICS.map(cell)].join('\t'));
      }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
}

await main();
