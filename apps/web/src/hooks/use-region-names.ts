import { useEffect, useState } from 'react';
import { regionDetail } from '../components/region-picker/region-cache';

/** Names for region codes ('500103' → '重庆市 渝中区'), filled in as they load; the code until then. */
export function useRegionNames(codes: string[]): (code: string) => string {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    let live = true;
    for (const code of key ? key.split(',') : []) {
      regionDetail(code).then(
        (r) => live && setNames((n) => ({ ...n, [code]: r.fullName })),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [key]);
  return (code) => names[code] ?? code;
}
