import { useState } from 'react';
import { t } from '../../i18n/zh-CN';

/** A value to copy (a secret shown once, a feed URL): selectable text and a copy button. */
export function CopyText({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Without clipboard access the text stays selectable.
      setCopied(false);
    }
  };
  return (
    <div className="copy-text">
      <input readOnly aria-label={label} value={value} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy()}>
        {copied ? t.channels.copied : t.channels.copy}
      </button>
    </div>
  );
}
