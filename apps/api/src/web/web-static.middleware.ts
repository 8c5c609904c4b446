import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { findWebDist, WEB_APP_CSP, WEB_APP_PATH } from './web-app';

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Serves the built web app under /app: files by path (hashed assets cached for a year), and
 * index.html for every other page path so the app's router can take it (SPA fallback). When
 * apps/web has not been built, /app says how to build it. Looked up per request, so a build made
 * while the api runs is picked up.
 */
@Injectable()
export class WebStaticMiddleware implements NestMiddleware {
  private readonly logger = new Logger('WebApp');
  private warned = false;

  use(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodePath(req.originalUrl.split('?')[0]);
    if (path === null || (path !== WEB_APP_PATH && !path.startsWith(`${WEB_APP_PATH}/`))) return next();

    const root = findWebDist();
    if (!root) {
      if (!this.warned) this.logger.warn('apps/web/dist not found: run `npm run web:build` to serve the web app at /app');
      this.warned = true;
      res.status(404).type('text/plain; charset=utf-8').send('The web app is not built. Run `npm run web:build`, then reload.');
      return;
    }

    res.setHeader('Content-Security-Policy', WEB_APP_CSP);
    const file = path.slice(WEB_APP_PATH.length).replace(/^\/+/, '');
    // A path with a file extension names a file: 404 when it is missing, never the page.
    if (/\.[a-z0-9]+$/i.test(file)) {
      const immutable = file.startsWith('assets/');
      res.sendFile(file, { root, dotfiles: 'deny', maxAge: immutable ? ONE_YEAR_MS : 0, immutable }, (err) => {
        if (err && !res.headersSent) res.status(404).type('text/plain; charset=utf-8').send('Not found');
      });
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root }, (err) => err && next(err));
  }
}

function decodePath(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
