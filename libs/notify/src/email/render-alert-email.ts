import Handlebars from 'handlebars';
import mjml2html from 'mjml';
import type { AlertEmailModel, RenderedEmail } from './alert-email-model';
import { buildAlertView, type AlertEmailView } from './alert-email-view';
import { ALERT_EMAIL_MJML } from './templates/alert-email.mjml';
import { ALERT_EMAIL_TEXT } from './templates/alert-email.text';

interface CompiledTemplates {
  html: Handlebars.TemplateDelegate<AlertEmailView>;
  text: Handlebars.TemplateDelegate<AlertEmailView>;
}

// Its own Handlebars environment: no helpers or partials leak in from elsewhere.
const handlebars = Handlebars.create();
let compiled: Promise<CompiledTemplates> | undefined;

async function compile(): Promise<CompiledTemplates> {
  // Strict: a broken template fails the first render loudly instead of sending odd HTML.
  const { html } = await mjml2html(ALERT_EMAIL_MJML, { validationLevel: 'strict', keepComments: false });
  return {
    html: handlebars.compile<AlertEmailView>(html, { strict: false }),
    text: handlebars.compile<AlertEmailView>(ALERT_EMAIL_TEXT, { noEscape: true }),
  };
}

/** MJML → HTML runs once per process; later renders are Handlebars only. */
function templates(): Promise<CompiledTemplates> {
  compiled ??= compile().catch((err) => {
    compiled = undefined;
    throw err;
  });
  return compiled;
}

/** Subject, responsive HTML and plain text for an alert or digest. Pure: no I/O. */
export async function renderAlertEmail(model: AlertEmailModel): Promise<RenderedEmail> {
  const t = await templates();
  const view = buildAlertView(model);
  return {
    subject: view.subject,
    html: t.html(view),
    text:
      t
        .text(view)
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n',
  };
}
