import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The api serves the build at /app/ (apps/api/src/web); in development Vite serves the pages and
// passes API calls through to a running api (`npm run start:api`), so both are one origin.
const api = process.env.API_URL ?? 'http://localhost:3000';

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
