// One single-page bundle for the console (/console) and the public portal (/), served by the Fastify server from
// the same origin. Each console module and the portal are separate chunks loaded on demand; the manifest lets
// scripts/web-bundle-size.mjs measure what the sign-in page and the shell cost.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
});
