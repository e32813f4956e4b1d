// What the browser journeys need on the machine: Debian's chromium in its headless build (or FAZHI_CHROMIUM; why
// that build: docs/adr/0002-journeys-in-chromium-headless-shell.md) and the Noto CJK fonts that render the Chinese
// screens. `npm test` installs what is missing when it may (root with apt-get, as .ci/run
// used to); otherwise it stops at once with one line saying exactly what to run — not after the other stages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium-headless-shell';
const PACKAGE = 'chromium-headless-shell';
const APT_LINE = `apt-get install -y --no-install-recommends ${PACKAGE} fonts-noto-cjk`;

/**
 * Decides from the facts of the machine: `ready`, `install` (the Debian packages to install) or `stop` (one line).
 * @param {{ chromium: string, custom: boolean, hasChromium: boolean, hasCjkFonts: boolean, isRoot: boolean, hasAptGet: boolean }} m
 * @returns {{ action: 'ready' } | { action: 'install', packages: string[] } | { action: 'stop', message: string }}
 */
export function browserPlan(m) {
  if (m.custom && !m.hasChromium)
    return {
      action: 'stop',
      message: `FAZHI_CHROMIUM 指向的浏览器 ${m.chromium} 不存在，请改正该路径或删除该变量后重新运行 npm test`,
    };
  const packages = [...(m.hasChromium ? [] : [PACKAGE]), ...(m.hasCjkFonts ? [] : ['fonts-noto-cjk'])];
  if (!packages.length) return { action: 'ready' };
  if (m.isRoot && m.hasAptGet) return { action: 'install', packages };
  const what = packages.map((p) => (p === PACKAGE ? 'chromium 浏览器（无界面版）' : 'Noto CJK 中文字体')).join('和');
  const message = m.hasAptGet
    ? `浏览器测试需要 ${what}，请先运行：sudo ${APT_LINE}，然后重新运行 npm test`
    : `浏览器测试需要 ${what}：请安装 chromium（无界面版 chromium-headless-shell）和 Noto Sans CJK 字体（Debian/Ubuntu：${APT_LINE}；chromium 在别处时以 FAZHI_CHROMIUM 指定其路径），然后重新运行 npm test`;
  return { action: 'stop', message };
}

const succeeds = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** The facts of this machine. */
export function machineFacts(env = process.env) {
  const chromium = env.FAZHI_CHROMIUM || DEFAULT_CHROMIUM;
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return {
    chromium,
    custom: Boolean(env.FAZHI_CHROMIUM),
    hasChromium: existsSync(chromium),
    hasCjkFonts: fonts.status === 0 && /Noto Sans CJK/i.test(fonts.stdout),
    isRoot: process.getuid?.() === 0,
    hasAptGet: succeeds('sh', ['-c', 'command -v apt-get']),
  };
}

/** Makes the machine ready for the browser journeys, or returns the one line to print before stopping. */
export function ensureBrowser(env = process.env) {
  const plan = browserPlan(machineFacts(env));
  if (plan.action !== 'install') return plan.action === 'stop' ? plan.message : null;
  console.log(`\n=== installing ${plan.packages.join(' ')} for the browser journeys (apt-get)`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...plan.packages], {
      stdio: 'inherit',
      env: aptEnv,
    }).status === 0;
  if (!install) return `安装 ${plan.packages.join(' ')} 失败，请检查软件源后运行：${APT_LINE}，然后重新运行 npm test`;
  const after = browserPlan(machineFacts(env));
  return after.action === 'ready'
    ? null
    : `安装后仍缺少浏览器测试所需的 ${plan.packages.join(' ')}，请运行：${APT_LINE}`;
}
