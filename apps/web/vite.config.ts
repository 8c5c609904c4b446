import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The api serves the build at /app/ (apps/api/src/web); in development Vite serves the pages and
// passes API calls through to a running api (`npm run start:api`), so both are one origin.
// 127.0.0.1, not localhost: the api listens on IPv4 loopback only unless HOST says otherwise, and
// Node may resolve localhost to ::1 first.
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/app/',
  plugins: [react()],
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: { '/v1': api, '/docs': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
});
