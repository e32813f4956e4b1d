// What the page benches share (bench/page-load-cost.ts, bench/page-render-profile.ts): a fresh context as the
// journeys' office pages have it, and the CPU every renderer of the browser has used so far.
import type { Browser, BrowserContext, CDPSession } from 'playwright-core';
import { office } from '../e2e/support';

export function officeContext(browser: Browser, reducedMotion: 'reduce' | 'no-preference'): Promise<BrowserContext> {
  return browser.newContext({ viewport: office, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion });
}

/** Seconds of CPU (user + sys) of every renderer process, from chromium's SystemInfo.getProcessInfo. */
export async function rendererCpu(browserCdp: CDPSession): Promise<number> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; cpuTime: number }[];
  };
  return processInfo.filter((p) => p.type === 'renderer').reduce((s, p) => s + p.cpuTime, 0);
}
