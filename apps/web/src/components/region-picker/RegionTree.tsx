import { useState } from 'react';
import type { Region } from '../../api/types';
import { t } from '../../i18n/zh-CN';
import { ErrorNote } from '../StatusViews';
import { provinces } from './provinces';
import { childrenOf } from './region-cache';

interface TreeProps {
  onPick: (r: Region) => void;
  stateOf: (code: string) => 'selected' | 'included' | 'partial' | 'none';
}

/** Province → city → district, each level loaded when opened. */
export function RegionTree(props: TreeProps) {
  return (
    <ul className="region-tree" role="tree" aria-label={t.regionPicker.browse}>
      {provinces.map((p) => (
        <RegionNode key={p.code} region={p} {...props} />
      ))}
    </ul>
  );
}

function RegionNode({ region, onPick, stateOf }: TreeProps & { region: Region }) {
  const [open, setOpen] = useState(false);
  const [children, setChildren] = useState<Region[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const state = stateOf(region.code);
  const leaf = region.level === 'district' || children?.length === 0;

  const load = () => {
    setError(null);
    childrenOf(region.code).then(setChildren, setError);
  };
  const toggle = () => {
    setOpen(!open);
    if (!open && !children) load();
  };

  return (
    <li role="treeitem" aria-expanded={leaf ? undefined : open} aria-selected={state === 'selected'} data-region={region.code}>
      <div className={`region-node region-${state}`}>
        {leaf ? (
          <span className="tree-spacer" aria-hidden="true" />
        ) : (
          <button
            type="button"
            className="tree-toggle"
            aria-label={open ? t.regionPicker.collapse(region.name) : t.regionPicker.expand(region.name)}
            onClick={toggle}
          >
            {open ? '▾' : '▸'}
          </button>
        )}
        <span className="region-name">{region.name}</span>
        {state === 'included' ? (
          <span className="tag">{t.regionPicker.included}</span>
        ) : (
          <button
            type="button"
            className="region-choose"
            aria-pressed={state === 'selected'}
            disabled={state === 'selected'}
            onClick={() => onPick(region)}
          >
            {state === 'selected' ? t.regionPicker.chosen : t.regionPicker.choose}
          </button>
        )}
      </div>
      {open && error != null && <ErrorNote error={error} onRetry={load} />}
      {open && children && children.length > 0 && (
        <ul role="group">
          {children.map((c) => (
            <RegionNode key={c.code} region={c} onPick={onPick} stateOf={stateOf} />
          ))}
        </ul>
      )}
    </li>
  );
}
