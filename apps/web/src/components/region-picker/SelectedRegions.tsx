import type { RegionRef } from '../../lib/regions';
import { t } from '../../i18n/zh-CN';

/** The chosen regions as removable chips; none means nationwide. */
export function SelectedRegions({ regions, onRemove }: { regions: RegionRef[]; onRemove: (code: string) => void }) {
  if (!regions.length) return <p className="muted selected-regions-empty">{t.regionPicker.noneSelected}</p>;
  return (
    <ul className="chips" aria-label={t.regionPicker.selected}>
      {regions.map((r) => (
        <li key={r.code} className="chip chip-region" title={r.fullName}>
          <span className="chip-text">{r.fullName || r.name}</span>
          <button type="button" className="chip-remove" aria-label={t.regionPicker.remove(r.name)} onClick={() => onRemove(r.code)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
