import { t } from '../i18n/zh-CN';

export function SubmitButton({ busy, label }: { busy: boolean; label: string }) {
  return (
    <button type="submit" className="primary wide" disabled={busy} aria-busy={busy}>
      {busy ? t.common.loading : label}
    </button>
  );
}
