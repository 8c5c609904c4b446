import type { ReactNode } from 'react';
import { errorMessage } from '../api/error-message';
import { t } from '../i18n/zh-CN';

export function Loading({ label = t.common.loading }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

/** A failure, said in words, with a way to try again. */
export function ErrorNote({ error, onRetry, overrides }: { error: unknown; onRetry?: () => void; overrides?: Record<string, string> }) {
  return (
    <div className="note note-error" role="alert">
      <span>{errorMessage(error, overrides)}</span>
      {onRetry && (
        <button type="button" className="button-link" onClick={onRetry}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}

export function Notice({ children, tone = 'ok' }: { children: ReactNode; tone?: 'ok' | 'info' | 'warn' }) {
  return (
    <div className={`note note-${tone}`} role="status">
      {children}
    </div>
  );
}

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {hint && <p className="muted">{hint}</p>}
      {action}
    </div>
  );
}
