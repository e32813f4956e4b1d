// One single-page bundle for the console (/console) and the public portal (/), served by the Fastify server from
// the same origin. Each console module and the portal are separate chunks loaded on demand; the manifest lets
// scripts/web-bundle-size.mjs measure what the sign-in page and the shell cost.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

/** Each script and style of the build written beside itself compressed (`.br`, `.gz`), which the server sends to a
 * browser that accepts them (@fastify/static `preCompressed`): the platform often runs without a compressing proxy
 * in front, and a county office's first visit would otherwise fetch antd's extracted styles (about 790 KB each) and
 * the scripts uncompressed. Compressed once at build time, not per request. */
function precompressAssets(): Plugin {
  return {
    name: 'fazhi-precompress-assets',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg|json)$/.test(fileName)) continue;
        const path = join(options.dir ?? 'dist', fileName);
        const raw = readFileSync(path);
        if (raw.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          }),
        );
      }
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), ...(command === 'build' ? [antdStaticStyle(), precompressAssets()] : [])],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    // A lazy page's chunk is fetched on demand; the shell no longer carries, for each of the ~150 pages, the list of
    // every chunk that page imports (Vite's preload lists, ~4 KB gzipped and growing with each module, against the
    // shell's 300 KB budget). The page's own imports are fetched when it loads; style sheets stay listed, since only
    // the preload helper loads a lazy chunk's CSS.
    modulePreload: {
      resolveDependencies: (_file: string, deps: string[], ctx: { hostType: 'html' | 'js' }) =>
        ctx.hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css')),
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
}));
