import { Injectable } from '@nestjs/common';
import type { AlertEmailModel, RenderedEmail } from './alert-email-model';
import { renderAlertEmail } from './render-alert-email';

/** Injectable face of renderAlertEmail, for processors that prefer constructor injection. */
@Injectable()
export class AlertEmailRenderer {
  render(model: AlertEmailModel): Promise<RenderedEmail> {
    return renderAlertEmail(model);
  }
}
