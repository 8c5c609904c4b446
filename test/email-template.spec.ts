import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ALERT_EMAIL_MJML } from '../libs/notify/src/email/templates/alert-email.mjml';

const ROOT = join(__dirname, '..');
// The file scripts/email-template.ts writes.
const COMPILED = 'libs/notify/src/email/templates/alert-email.compiled.json';

describe('the committed compiled alert email', () => {
  // Senders fill the compiled HTML: an MJML change that is not compiled again would never reach an
  // email. The compiler runs in its own process, as `npm run email:template` does (the minifier
  // loads its modules by dynamic import, which Jest cannot), and prints instead of writing.
  it('is what the MJML layout compiles to now (npm run email:template rewrites it)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/email-template.ts', '--print'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    expect(readFileSync(join(ROOT, COMPILED), 'utf8') === stdout).toBe(true);
  });

  it('keeps every placeholder of the layout, and no indentation between the body’s tags', () => {
    const { html } = JSON.parse(readFileSync(join(ROOT, COMPILED), 'utf8')) as { html: string };
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\{?[^}]+\}?\}\}/g)].map((m) => m[0]))].sort();
    expect(placeholders(html)).toEqual(placeholders(ALERT_EMAIL_MJML));
    // Outlook's conditional comments keep their lines; the body repeats per message and loses them.
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toMatch(/>\n\s{4,}</);
  });
});
