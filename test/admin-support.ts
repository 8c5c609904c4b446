import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { MemberAccountsService } from '@app/domain/members';
import type { TestApi } from '@app/testing';
import { AUDIT_ACTION_KEY } from '../apps/api/src/admin/common/audited.decorator';
import { bearer, signUp, uniqueEmail } from './support/member-sessions';

export { bearer };

export interface AdminSession {
  id: string;
  email: string;
  token: string;
}

/** An admin made through the auth code's admin-creation path, signed in through /v1/auth/login. */
export async function signInAdmin(api: TestApi, email = uniqueEmail('admin')): Promise<AdminSession> {
  const password = 'an admin passphrase';
  const { member } = await api.app.get(MemberAccountsService).createAdmin(email, password, false);
  const res = await request(api.url).post('/v1/auth/login').send({ email, password }).expect(200);
  return { id: member.id, email, token: res.body.accessToken };
}

/** A plain member, registered and signed in through the API. */
export async function signInMember(api: TestApi): Promise<AdminSession> {
  const m = await signUp(api);
  return { id: m.id, email: m.email, token: m.accessToken };
}

export interface RouteInfo {
  method: string;
  /** Express form, e.g. /v1/admin/members/:id/suspend */
  path: string;
  /** What @Audited declared, for write routes. */
  auditAction?: string;
}

/** Every route of every controller under `prefix`, read from Nest's own routing metadata. */
export function controllerRoutes(api: TestApi, prefix: string): RouteInfo[] {
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!type) continue;
      const base = [Reflect.getMetadata(PATH_METADATA, type)].flat()[0] as string;
      for (const name of scanner.getAllMethodNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name] as object;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (sub === undefined) continue;
        const path = `/${[base, [sub].flat()[0]].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        if (!path.startsWith(prefix)) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        routes.push({ method, path, auditAction: Reflect.getMetadata(AUDIT_ACTION_KEY, handler) });
      }
    }
  }
  return routes;
}

/** The routes Express itself holds under `prefix` ("METHOD path"), whoever registered them. */
export function expressRoutes(api: TestApi, prefix: string): string[] {
  const instance = api.app.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
  };
  return instance.router.stack
    .filter((layer) => layer.route?.path.startsWith(prefix))
    .flatMap((layer) =>
      Object.keys(layer.route!.methods)
        .filter((m) => m !== '_all')
        .map((m) => `${m.toUpperCase()} ${layer.route!.path}`),
    );
}

/** A concrete URL for a route pattern: every :param becomes a well-formed random uuid. */
export function concrete(path: string): string {
  return path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
}
