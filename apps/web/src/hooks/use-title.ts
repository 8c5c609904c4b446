import { useEffect } from 'react';
import { t } from '../i18n/zh-CN';

/** Sets the tab title: '收件箱 · 标讯订阅'. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${t.appName}` : t.appName;
  }, [title]);
}
