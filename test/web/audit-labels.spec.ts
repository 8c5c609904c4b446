// The web app's audit log labels against the API's list of actions. apps/web is its own TypeScript
// project (it cannot import libs/, nor libs it), so its strings module is read as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS } from '@app/domain/admin';

const strings = readFileSync(join(__dirname, '..', '..', 'apps', 'web', 'src', 'i18n', 'zh-CN-admin.ts'), 'utf8');

describe('web audit log labels', () => {
  it('name every action the API records, so none shows as a bare code', () => {
    const missing = Object.values(AUDIT_ACTIONS).filter((action) => !strings.includes(`'${action}': '`));
    expect(missing).toEqual([]);
  });
});
