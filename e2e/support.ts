// What every journey shares: the shard's browser and its pages (e2e/browser.ts), the shard's server e2e/run.ts
// started, sign-in, screenshots of the last screen, and the check that a journey's endpoints exist.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { request, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { baseUrl } from './browser';

export { baseUrl, launch, newPage, office, phone } from './browser';
export const adminPassword = process.env.FAZHI_E2E_ADMIN_PASSWORD ?? '';
export const demoPassword = process.env.FAZHI_E2E_DEMO_PASSWORD ?? '';
const artifacts = new URL('./artifacts', import.meta.url).pathname;

export async function screenshot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  // no wait for entrances: every page asks for reduced motion, so dialogs and messages appear settled (e2e/browser.ts),
  // and `animations: 'disabled'` ends any CSS animation left (a fixed half second here was 3 % of a shard's time)
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false, animations: 'disabled' });
}

/** Serves antd's build-time style files (packages/web/build/antd-static-style.tsx) empty to `target`, a page or a
 * context: antd then computes every component's style in the page, as it did before they were extracted — the
 * baseline of the look check (console-uses-build-time-antd-styles) and of bench/page-load-cost.ts. */
export function computeAntdStylesAtRuntime(target: Page | BrowserContext) {
  return target.route('**/assets/antd-*.css', (r) => r.fulfill({ status: 200, contentType: 'text/css', body: '' }));
}

/**
 * Signs an actor in through the console's sign-in form: for the journeys whose story is the sign-in or the session
 * (a locked account, an expired session, an administrator's first sign-in). Every other actor is `signInAs`.
 */
export async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${baseUrl}/console`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
}

/**
 * Signs an actor in whose story is not the sign-in: the session is made through the API (`/api/auth/login`, the
 * request the form sends) by the page's own request context, so its cookie lands in the tab's cookie jar — the
 * lease's rules hold (e2e/browser.ts clears it when the lease ends) — and the first page the tab loads is `path`,
 * the page the story starts on (`consoleLink(…)` of @fazhi/core/modules; the workbench unless named). `null` opens
 * no page: the journey asks the API first (`page.request`, with this session) and then opens its page. A workbench
 * drawn only to be left cost an actor about half a CPU-second (docs/test-time-history.md, "Sign-in through the API").
 */
export async function signInAs(
  page: Page,
  username: string,
  path: string | null = '/console',
  password = demoPassword,
) {
  const login = await page.request.post(`${baseUrl}/api/auth/login`, { data: { username, password } });
  assert.equal(login.status(), 200, `${username} 登录失败：${await login.text()}`);
  if (path !== null) await page.goto(`${baseUrl}${path}`);
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

/**
 * An actor signed in through the API alone, for the records a journey builds but does not show: a request context
 * with its own cookies and no page, so no renderer is started for it (a page costs chromium about 1 CPU-s before
 * it loads anything). `dispose()` it when done.
 */
export async function signedInApi(username: string, password: string) {
  const context = await request.newContext();
  const login = await context.post(`${baseUrl}/api/auth/login`, { data: { username, password } });
  assert.equal(login.status(), 200, await login.text());
  const { csrfToken, activeOrgId } = (await login.json()) as { csrfToken: string; activeOrgId: string };
  return { context, csrfToken, activeOrgId };
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
  // polled in the page on each frame, not from here every 100 ms (a look that missed waited the whole interval)
  const input = await field.elementHandle();
  await field
    .page()
    .waitForFunction(
      ({ el, want }) => (el as unknown as { value: string }).value === want,
      { el: input, want: shown },
      {
        timeout: 5_000,
      },
    )
    .catch(() => undefined);
  await input?.dispose();
  assert.equal(await field.inputValue(), shown, `日期栏应显示 ${shown}`);
}
