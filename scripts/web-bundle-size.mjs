#!/usr/bin/env node
// What the sign-in page and the console shell cost a staff member on first load: the entry chunk and the console
// chunk (which holds the sign-in page, the password change and the layout) with everything they import statically,
// measured gzipped from the Vite build manifest. The budget is 300 KB; module pages load later, on demand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SHELL_BUDGET_BYTES = 300 * 1024;
const defaultDist = new URL('../packages/web/dist', import.meta.url).pathname;

export function measureShellBundle(distDir = defaultDist) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const roots = ['index.html', 'src/shell/ConsoleApp.tsx'];
  const seen = new Set();
  const files = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`构建清单中没有 ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const r of roots) visit(r);
  const sizes = [...files].map((f) => ({
    file: f,
    gzip: gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length,
  }));
  return { total: sizes.reduce((n, s) => n + s.gzip, 0), files: sizes.sort((a, b) => b.gzip - a.gzip) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { total, files } = measureShellBundle(process.argv[2]);
  for (const f of files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  const ok = total <= SHELL_BUDGET_BYTES;
  console.log(
    `登录页与控制台框架首屏脚本（gzip）：${(total / 1024).toFixed(1)} KB，预算 300 KB：${ok ? '通过' : '超出'}`,
  );
  process.exit(ok ? 0 : 1);
}
