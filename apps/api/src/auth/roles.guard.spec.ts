import { Controller, ExecutionContext, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedMember } from './authenticated-member';
import { Roles } from './roles.decorator';
import { RolesGuard } from './roles.guard';

@Roles('admin')
@Controller()
class AdminOnly {
  @Get() list() {}
}

@Controller()
class Open {
  @Get() list() {}
  @Roles('admin', 'member') @Get() both() {}
}

function context(cls: new () => object, handler: string, member?: AuthenticatedMember): ExecutionContext {
  return {
    getClass: () => cls,
    getHandler: () => (cls.prototype as Record<string, () => void>)[handler],
    switchToHttp: () => ({ getRequest: () => ({ member }) }),
  } as unknown as ExecutionContext;
}

describe('RolesGuard', () => {
  const guard = new RolesGuard(new Reflector());
  const admin: AuthenticatedMember = { id: 'a', role: 'admin' };
  const member: AuthenticatedMember = { id: 'm', role: 'member' };

  it('lets routes without @Roles through', () => {
    expect(guard.canActivate(context(Open, 'list', member))).toBe(true);
  });

  it('admits the role and refuses others with 403 forbidden', () => {
    expect(guard.canActivate(context(AdminOnly, 'list', admin))).toBe(true);
    expect(() => guard.canActivate(context(AdminOnly, 'list', member))).toThrow(
      expect.objectContaining({ kind: 'forbidden', code: 'forbidden' }),
    );
    expect(guard.canActivate(context(Open, 'both', member))).toBe(true);
  });

  it('refuses with 401 when no member was authenticated (guard order mistake)', () => {
    expect(() => guard.canActivate(context(AdminOnly, 'list'))).toThrow(expect.objectContaining({ kind: 'unauthorized' }));
  });
});
