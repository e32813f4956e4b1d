// The journeys' chromium (Debian's, in its headless build — docs/adr/0002-journeys-in-chromium-headless-shell.md —
// driven by playwright-core; never a downloaded browser) and the pages they open.
//
// A shard's process (e2e/shard-worker.ts) runs its journeys on one chromium with one persistent profile
// (`launchPersistentContext`, a temporary directory per shard process). An office page in Chinese — most of what
// the journeys open — is a new tab of that profile, leased to one actor at a time: its cookies and the site's
// storage are cleared when the lease starts and ends, so no session reaches the next actor, while the HTTP cache
// and V8's code cache stay, and the next page load takes the console's bundle compiled from the cache instead of
// downloading, parsing and compiling it again (a fresh incognito context per page did that every time; see
// docs/test-time-history.md, "Where a journey's CPU goes"). A second page while the lease is held, or a page on a phone or in another
// language, gets a fresh incognito context, as before.
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { descendantsOf, treeCpuTimes } from '../scripts/stage-timing.mjs';
import { DEFAULT_CHROMIUM } from '../scripts/browser-setup.mjs';
import { newProfileDir } from './profiles';

export let baseUrl = process.env.FAZHI_E2E_BASE_URL ?? 'http://127.0.0.1:3000';

/** The server the next journey talks to: a copy of a module's journeys in the suite's rehearsal has its own
 * (e2e/run.ts, `FAZHI_E2E_COPIES`); every journey reads `baseUrl` when it runs. */
export function useServer(url: string) {
  baseUrl = url;
}

export const office = { width: 1366, height: 768 };
export const phone = { width: 390, height: 844 };

const executablePath = process.env.FAZHI_CHROMIUM || DEFAULT_CHROMIUM;
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // the browser's own language, as on a Chinese office computer (date fields show 年月日 in any language)
  '--lang=zh-CN',
  ...(process.env.FAZHI_E2E_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
];

/** What every page asks for: Beijing time, and, as a user who asked for less motion, no animations (the console
 * then draws none: less chromium time per step). */
const common = { timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' } as const;

interface Shared {
  profile: BrowserContext;
  browser: Browser;
  dir: string;
  /** whether an actor holds the profile */
  leased: boolean;
}

let shared: Promise<Shared> | undefined;
let sharing = false;
interface Closable {
  close(): Promise<unknown>;
}
/** the journeys' views of the shared browser (`launch()` while sharing), with what each has opened */
const views = new WeakMap<Browser, Set<Closable>>();

/** A shard's process runs its journeys on one chromium: `launch()` then hands each journey that browser, and the
 * journey's `close()` closes only the contexts and pages it opened. A process and a chromium of its own cost each
 * journey 2.5 CPU-s before its first step (docs/architecture.md, Test time). */
export function shareOneBrowser() {
  sharing = true;
}

export async function closeSharedBrowser() {
  const s = shared;
  shared = undefined;
  if (!s) return;
  const { profile, dir } = await s;
  const unreaped = process.env.FAZHI_UNREAPED_CPU_FILE;
  if (unreaped) appendFileSync(unreaped, `${zygotesCpuSeconds()}\n`);
  await profile.close();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The CPU of chromium's zygotes and of every process they started (the renderers), each live one's own and its
 * waited-for children's, read just before the browser closes: the browser does not wait for its zygotes, so they end
 * as orphans of init and their CPU never reaches the stage's count (a probe: 3.4 of 10.5 CPU-s counted;
 * docs/test-time-history.md, "A shard computes"). `--no-zygote` would have them waited for, at 0.65 CPU-s more per page.
 */
function zygotesCpuSeconds(): number {
  const cmdline = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  };
  const counted = new Set<number>();
  let seconds = 0;
  for (const zygote of descendantsOf(process.pid).filter((p) => cmdline(p).includes('--type=zygote')))
    for (const pid of [zygote, ...descendantsOf(zygote)]) {
      if (counted.has(pid)) continue;
      counted.add(pid);
      const t = treeCpuTimes(pid);
      if (t) seconds += t.user + t.sys;
    }
  return seconds;
}

async function launchShared(): Promise<Shared> {
  const dir = newProfileDir();
  const profile = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args,
    viewport: office,
    locale: 'zh-CN',
    ...common,
  });
  // launchPersistentContext opens a first tab; an actor's lease opens its own
  await Promise.all(profile.pages().map((p) => p.close()));
  return { profile, browser: profile.browser()!, dir, leased: false };
}

/** Clears what a signed-in actor leaves in the profile, but not the HTTP cache (and the compiled code kept in it). */
async function clearProfile(s: Shared, page: Page) {
  await s.profile.clearCookies();
  const cdp = await s.profile.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(baseUrl).origin,
    storageTypes: 'local_storage,indexeddb,websql,service_workers,cache_storage,file_systems,shader_cache',
  });
  await cdp.detach();
}

export async function launch(): Promise<Browser> {
  if (!sharing) return chromium.launch({ executablePath, headless: true, args });
  shared ??= launchShared();
  const s = await shared;
  const opened = new Set<Closable>();
  const view = new Proxy(s.browser, {
    get(target, prop) {
      if (prop === 'newContext')
        return async (options?: Parameters<Browser['newContext']>[0]) => {
          const context = await target.newContext(options);
          opened.add(context);
          return context;
        };
      // a journey that ended without closing its page gives the lease back here
      if (prop === 'close') return async () => void (await Promise.all([...opened].map((c) => c.close())));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  views.set(view, opened);
  return view;
}

/** The profile leased to one actor: `close()` closes the actor's tab, clears its session and frees the lease; the
 * rest (`request`, `cookies()`…) is the profile's, which only this actor uses meanwhile. */
async function lease(s: Shared, opened: Set<Closable>): Promise<{ context: BrowserContext; page: Page }> {
  s.leased = true;
  const page = await s.profile.newPage();
  await clearProfile(s, page);
  let closed: Promise<void> | undefined;
  const lent: Closable = {
    close: () =>
      (closed ??= (async () => {
        // a tab the journey closed itself: its session goes with the cookies, its storage with the next lease's start
        if (page.isClosed()) await s.profile.clearCookies();
        else await clearProfile(s, page);
        await page.close();
        opened.delete(lent);
        s.leased = false;
      })()),
  };
  opened.add(lent);
  const context = new Proxy(s.profile, {
    get(target, prop) {
      if (prop === 'close') return lent.close;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { context, page };
}

export async function newPage(
  browser: Browser,
  viewport = office,
  locale = 'zh-CN',
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = views.get(browser);
  const s = opened && (await shared);
  let made: { context: BrowserContext; page: Page };
  if (s && opened && !s.leased && viewport === office && locale === 'zh-CN') made = await lease(s, opened);
  else {
    const context = await browser.newContext({
      viewport,
      locale,
      ...common,
      ...(viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });
    made = { context, page: await context.newPage() };
  }
  // how long a step may wait for what the user should see: two shards share this machine's two cores with their
  // servers, and under load a step took up to 2.5 times as long as on its own (a filing's answer passed 15 s once)
  made.page.setDefaultTimeout(30_000);
  return made;
}
