import { useState } from 'react';
import type { Region } from '../../api/types';
import { t } from '../../i18n/zh-CN';
import { addRegion, regionState, removeRegion, type RegionRef } from '../../lib/regions';
import { Fieldset } from '../Fieldset';
import { RegionSearch } from './RegionSearch';
import { RegionTree } from './RegionTree';
import { SelectedRegions } from './SelectedRegions';

/** Several regions, found by name or browsed in the tree. */
export function RegionPicker({ value, onChange }: { value: RegionRef[]; onChange: (next: RegionRef[]) => void }) {
  const [message, setMessage] = useState('');
  const [browsing, setBrowsing] = useState(false);

  const pick = (r: Region) => {
    const result = addRegion(value, r);
    if (result.status === 'added') {
      onChange(result.selected);
      setMessage(result.replaced.length ? t.regionPicker.replaced(r.name, result.replaced.length) : '');
    } else if (result.status === 'covered') setMessage(t.regionPicker.covered(r.name, result.coveredBy?.name ?? ''));
    else if (result.status === 'limit') setMessage(t.regionPicker.limit);
  };
  const stateOf = (code: string) => regionState(value, code);

  return (
    <Fieldset legend={t.editor.regions} help={t.editor.regionsHelp} className="region-picker">
      <SelectedRegions regions={value} onRemove={(code) => onChange(removeRegion(value, code))} />
      {message && (
        <p className="help" role="status">
          {message}
        </p>
      )}
      <RegionSearch onPick={pick} stateOf={stateOf} />
      <details className="region-browse" open={browsing} onToggle={(e) => setBrowsing((e.target as HTMLDetailsElement).open)}>
        <summary>{t.regionPicker.browse}</summary>
        {browsing && <RegionTree onPick={pick} stateOf={stateOf} />}
      </details>
    </Fieldset>
  );
}
