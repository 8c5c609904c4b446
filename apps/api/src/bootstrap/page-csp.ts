import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

// These serve their own script bundles (Swagger UI, bull-board, the React app); everything else
// the api answers is JSON or one of our small server-rendered pages.
const OWN_UI = /^\/(docs|app|v1\/admin\/queues)(\/|-json|$)/;

/**
 * CSP for the pages the api renders itself (unsubscribe, email verification, password reset):
 * no scripts at all, inline styles only, forms post back to us, never framed. Harmless on JSON.
 */
const strictCsp = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    styleSrc: ["'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
  },
});

export function pageCsp(req: Request, res: Response, next: NextFunction): void {
  if (OWN_UI.test(req.path)) return next();
  strictCsp(req, res, next);
}
