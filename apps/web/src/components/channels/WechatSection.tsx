import { useState } from 'react';
import { wechatApi } from '../../api/endpoints';
import type { WechatQr } from '../../api/types';
import { useAsync } from '../../hooks/use-async';
import { useSubmit } from '../../hooks/use-submit';
import { t } from '../../i18n/zh-CN';
import { formatDateTime } from '../../lib/format';
import { SettingsSection } from '../settings/SettingsSection';
import { ErrorNote, Loading } from '../StatusViews';

/** WeChat binding: a QR code to scan (or the OAuth link to open in WeChat), the bound state, unbind. */
export function WechatSection() {
  const { state, reload, set } = useAsync(() => wechatApi.status(), []);
  const [qr, setQr] = useState<WechatQr | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const showQr = useSubmit(async () => {
    setQr(await wechatApi.qr());
    setLink((await wechatApi.oauthLink()).authorizeUrl);
  });
  const unbind = useSubmit(async () => {
    await wechatApi.unbind();
    set({ configured: true, bound: false, boundAt: null });
    setQr(null);
  });
  const s = state.data;
  return (
    <SettingsSection title={t.channels.wechat} id="wechat">
      {state.status === 'loading' && !s && <Loading />}
      {state.status === 'error' && <ErrorNote error={state.error} onRetry={reload} />}
      {s && !s.configured && <p className="muted">{t.channels.wechatOff}</p>}
      {s?.configured && s.bound && (
        <form onSubmit={unbind.onSubmit}>
          <p data-testid="wechat-state">{t.channels.wechatBound(formatDateTime(s.boundAt))}</p>
          {unbind.error != null && <ErrorNote error={unbind.error} />}
          <button type="submit" className="danger" disabled={unbind.busy}>
            {t.channels.wechatUnbind}
          </button>
        </form>
      )}
      {s?.configured && !s.bound && (
        <>
          <p data-testid="wechat-state">{t.channels.wechatUnbound}</p>
          {qr && (
            <figure className="wechat-qr">
              {qr.qrImageData ? <img src={qr.qrImageData} alt={t.channels.wechatQrAlt} width={222} height={222} /> : null}
              <figcaption className="muted">{t.channels.wechatQrExpires(Math.round(qr.expiresInSeconds / 60))}</figcaption>
            </figure>
          )}
          {link && (
            <p>
              <a href={link} rel="noreferrer">
                {t.channels.wechatLink}
              </a>
            </p>
          )}
          {showQr.error != null && <ErrorNote error={showQr.error} />}
          <form onSubmit={showQr.onSubmit} className="inline-actions">
            <button type="submit" disabled={showQr.busy}>
              {t.channels.wechatQr}
            </button>
            {qr && (
              <button type="button" onClick={reload}>
                {t.channels.wechatRefresh}
              </button>
            )}
          </form>
        </>
      )}
    </SettingsSection>
  );
}
