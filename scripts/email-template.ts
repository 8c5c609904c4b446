import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mjml2html from 'mjml';
import { ALERT_EMAIL_MJML } from '../libs/notify/src/email/templates/alert-email.mjml';

/** Where the compiled template is committed; the renderer imports it. */
const COMPILED = 'libs/notify/src/email/templates/alert-email.compiled.json';

/**
 * The alert email's MJML compiled to minified HTML (still holding its Handlebars placeholders).
 * Compiled here, not in the worker: minifying loads htmlnano's modules by dynamic import, which
 * runs in a plain Node process but not inside Jest, and a sender need not compile MJML at all.
 * Minified, a message is about 5 KB smaller: the layout's indentation went out in every email.
 */
export async function compileAlertEmail(): Promise<string> {
  const { html, errors } = await mjml2html(ALERT_EMAIL_MJML, {
    validationLevel: 'strict',
    keepComments: false,
    minify: true,
    // CSS minifying would need cssnano; the styles are a few short rules.
    minifyOptions: { minifyCss: false },
  });
  if (errors.length) throw new Error(`MJML: ${errors.map((e) => e.formattedMessage ?? e.message).join('; ')}`);
  return `${JSON.stringify({ generatedBy: 'npm run email:template', html }, null, 2)}\n`;
}

async function main(): Promise<void> {
  const compiled = await compileAlertEmail();
  // --print: the file's text on stdout, nothing written (the staleness test's way in).
  if (process.argv.includes('--print')) {
    process.stdout.write(compiled);
    return;
  }
  writeFileSync(join(__dirname, '..', COMPILED), compiled);
  console.log(`wrote ${COMPILED}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
