// One single-page bundle for the console (/console) and the public portal (/), served by the Fastify server from
// the same origin. Each console module and the portal are separate chunks loaded on demand; the manifest lets
// scripts/web-bundle-size.mjs measure what the sign-in page and the shell cost.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { antdStyleDir } from '../../scripts/build-web.mjs';

/** antd's styles extracted at build time (build/antd-static-style.tsx, run by scripts/build-web.mjs), emitted as
 * hashed assets and linked first in the page's head — before the app's own CSS, where antd's runtime `<style>`s
 * went — each for the motion preference its theme serves. The dev server leaves them out: antd computes its styles
 * at runtime there, as it does for any path the files do not list. */
function antdStaticStyle(): Plugin {
  const files = [
    { name: 'antd-motion.css', media: '(prefers-reduced-motion: no-preference)' },
    { name: 'antd-reduced-motion.css', media: '(prefers-reduced-motion: reduce)' },
  ].map(({ name, media }) => {
    const path = join(antdStyleDir, name);
    if (!existsSync(path))
      throw new Error(`缺少构建时提取的 antd 样式 ${path}：请用 node scripts/build-web.mjs 构建前端`);
    const source = readFileSync(path);
    const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
    return { fileName: `assets/${name.replace(/\.css$/, '')}-${hash}.css`, source, media };
  });
  return {
    name: 'fazhi-antd-static-style',
    apply: 'build',
    generateBundle() {
      for (const { fileName, source } of files) this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: () =>
      files.map(({ fileName, media }) => ({
        tag: 'link',
        attrs: { rel: 'stylesheet', href: `/${fileName}`, media },
        injectTo: 'head-prepend' as const,
      })),
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), ...(command === 'build' ? [antdStaticStyle()] : [])],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
}));
