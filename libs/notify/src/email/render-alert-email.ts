import Handlebars from 'handlebars';
import type { AlertEmailModel, RenderedEmail } from './alert-email-model';
import { buildAlertView, type AlertEmailView } from './alert-email-view';
import COMPILED from './templates/alert-email.compiled.json';
import { ALERT_EMAIL_TEXT } from './templates/alert-email.text';

// Its own Handlebars environment: no helpers or partials leak in from elsewhere. The HTML is the
// MJML layout compiled and minified ahead of time (npm run email:template), so a sender only fills it.
const handlebars = Handlebars.create();
const html = handlebars.compile<AlertEmailView>(COMPILED.html, { strict: false });
const text = handlebars.compile<AlertEmailView>(ALERT_EMAIL_TEXT, { noEscape: true });

/** Subject, responsive HTML and plain text for an alert or digest. Pure: no I/O. */
export async function renderAlertEmail(model: AlertEmailModel): Promise<RenderedEmail> {
  const view = buildAlertView(model);
  return {
    subject: view.subject,
    html: html(view),
    text:
      text(view)
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n',
  };
}
