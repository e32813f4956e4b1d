// What every journey shares: Debian's chromium driven by playwright-core (never a downloaded browser; one per shard's
// process, a fresh context per page), the shard's server e2e/run.ts started, sign-in, screenshots of the last
// screen, and the check that a journey's endpoints exist.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const baseUrl = process.env.FAZHI_E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const adminPassword = process.env.FAZHI_E2E_ADMIN_PASSWORD ?? '';
export const demoPassword = process.env.FAZHI_E2E_DEMO_PASSWORD ?? '';
const artifacts = new URL('./artifacts', import.meta.url).pathname;

export const office = { width: 1366, height: 768 };
export const phone = { width: 390, height: 844 };

let shared: Promise<Browser> | undefined;
let sharing = false;

/** A shard's process (e2e/shard-worker.ts) runs its journeys on one chromium: `launch()` then hands each journey
 * that browser, and the journey's `close()` closes only the contexts it opened. A process and a chromium of its own
 * cost each journey 2.5 CPU-s before its first step (docs/architecture.md, Test time). */
export function shareOneBrowser() {
  sharing = true;
}

export async function closeSharedBrowser() {
  const browser = shared;
  shared = undefined;
  await (await browser)?.close();
}

/** The shared browser as one journey sees it: its contexts are its own, and closing closes them, not the browser. */
function journeyView(browser: Browser): Browser {
  const contexts = new Set<BrowserContext>();
  return new Proxy(browser, {
    get(target, prop) {
      if (prop === 'newContext')
        return async (options?: Parameters<Browser['newContext']>[0]) => {
          const context = await target.newContext(options);
          contexts.add(context);
          return context;
        };
      if (prop === 'close') return async () => void (await Promise.all([...contexts].map((c) => c.close())));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export async function launch(): Promise<Browser> {
  if (!sharing) return launchChromium();
  shared ??= launchChromium();
  return journeyView(await shared);
}

function launchChromium(): Promise<Browser> {
  // chromium.launch() gives every run a fresh temporary profile (user-data-dir) and removes it on close.
  return chromium.launch({
    executablePath: process.env.FAZHI_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // the browser's own language, as on a Chinese office computer (date fields show 年月日 in any language)
      '--lang=zh-CN',
    ],
  });
}

export async function newPage(
  browser: Browser,
  viewport = office,
  locale = 'zh-CN',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    locale,
    timezoneId: 'Asia/Shanghai',
    // as a user who asked for less motion: the console then draws no animations (less chromium time per step)
    reducedMotion: 'reduce',
    ...(viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  // how long a step may wait for what the user should see: two shards share this machine's two cores with their
  // servers, and under load a step took up to 2.5 times as long as on its own (a filing's answer passed 15 s once)
  page.setDefaultTimeout(30_000);
  return { context, page };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  // let dialogs and messages finish their entrance so the picture shows the settled screen
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false, animations: 'disabled' });
}

export async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${baseUrl}/console`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
}

/** Opens 审计日志 as the user signed in on `page` and applies the filter of one kind of event, picked by its
 * Chinese label (`action`: its identifier, to wait for that answer). */
export async function filterAuditLog(page: Page, label: string, action: string) {
  await page.getByRole('menu').getByRole('link', { name: '审计日志' }).click();
  await page.locator('.ant-table-row').first().waitFor();
  const item = page.locator('.ant-form-item').filter({ hasText: '事件类型' });
  await item.locator('.ant-select').click();
  await page.keyboard.type(label);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
  const answered = page.waitForResponse((r) => r.url().includes('/api/audit/events?') && r.url().includes(action));
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await answered;
}

/** POSTs to the API as the user signed in on `page` (with the session's CSRF token); fails on an error answer. */
export async function apiPoster(page: Page) {
  const session = (await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as {
    activeOrgId: string;
    csrfToken: string;
  };
  const post = async (path: string, data: unknown) => {
    const res = await page.request.post(`${baseUrl}/api${path}`, {
      data,
      headers: { 'x-csrf-token': session.csrfToken },
    });
    assert.ok(res.ok(), `${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  return { post, orgId: session.activeOrgId };
}

/** Fails the journey, naming what is missing, unless the server's OpenAPI document has every path it needs. */
export async function requireEndpoints(t: TestContext, paths: readonly string[]): Promise<boolean> {
  const res = await fetch(`${baseUrl}/api/docs/json`);
  const doc = (await res.json()) as { paths?: Record<string, unknown> };
  const missing = paths.filter((p) => !doc.paths?.[p]);
  assert.deepEqual(missing, [], `「${t.name}」所需的接口不存在：${missing.join('、')}`);
  return true;
}

/**
 * A button's accessible name as a pattern: antd puts a space between two Chinese characters ("确 认") and, while
 * a request is under way, a loading icon labelled "loading" in front of the text. The icon leaves with a motion that
 * can outlive the request, so the name may still start with "loading" when the user clicks again.
 */
export function buttonName(text: string): RegExp {
  const chars = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:loading\\s*)?${chars.join('\\s*')}$`);
}

/** Clicks the named button inside `scope`; if it never appears, the failure shows what the scope held instead. */
/**
 * Opens one of a document's acts (the buttons of `document-acts`) and returns its dialog once it has settled: a
 * click while antd's entrance animation (`ant-zoom-appear`) still runs can be lost under load, and the dialog then
 * stays open (a journey waited 30 s on it once with two shards).
 */
export async function openAct(page: Page, label: string): Promise<Locator> {
  await page.getByTestId('document-acts').getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: label });
  await dialog.waitFor();
  await page.locator('.ant-modal.ant-zoom-appear').waitFor({ state: 'detached' });
  return dialog;
}

export async function clickButton(scope: Locator, text: string) {
  const button = scope.getByRole('button', { name: buttonName(text) });
  try {
    await button.click();
  } catch (e) {
    const found = await scope.count();
    const html = found === 1 ? (await scope.innerHTML()).slice(-3000) : '';
    throw new Error(`「${text}」按钮未出现：找到 ${found} 个容器。${html}\n${String(e)}`, { cause: e });
  }
}

/** 2026-12-03 → 2026年12月3日, the one date style of every screen (packages/web/src/shell/datetime.ts). */
export function chineseDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * Sets a date in a date field (antd DatePicker, packages/web/src/components/DateField.tsx) the way a clerk types
 * it: YYYY-MM-DD, then Enter; waits until the field shows the date in the display style 2026年12月3日.
 */
export async function fillDate(field: Locator, isoDate: string) {
  await field.click();
  await field.fill(isoDate);
  await field.press('Enter');
  const shown = chineseDay(isoDate);
  for (let i = 0; i < 50 && (await field.inputValue()) !== shown; i++) await field.page().waitForTimeout(100);
  assert.equal(await field.inputValue(), shown, `日期栏应显示 ${shown}`);
}
