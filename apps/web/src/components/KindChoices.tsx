import type { Category, Stage } from '../api/types';
import { t } from '../i18n/zh-CN';
import { STAGE_LABELS, stageGroups, toggleCategory, toggleStage } from '../lib/stages';

interface Props {
  categories: Category[];
  stages: Stage[];
  onChange: (patch: { categories: Category[]; stages: Stage[] }) => void;
}

const GROUPS = stageGroups();

/** Kinds of notice: each category whole, or single stages under it. */
export function KindChoices({ categories, stages, onChange }: Props) {
  return (
    <div className="kind-groups">
      {GROUPS.map((g) => {
        const whole = categories.includes(g.category);
        const label = t.labels.categories[g.category];
        return (
          <div key={g.category} className="kind-group" data-category={g.category}>
            <label className="choice kind-whole">
              <input
                type="checkbox"
                value={g.category}
                checked={whole}
                onChange={() => onChange(toggleCategory(categories, stages, g.category))}
              />
              <span>{t.editor.wholeCategory(label)}</span>
            </label>
            <div className="choices kind-stages">
              {g.stages.map((s) => (
                <label key={s} className="choice">
                  <input
                    type="checkbox"
                    value={s}
                    checked={whole || stages.includes(s)}
                    onChange={() => onChange(toggleStage(categories, stages, s))}
                  />
                  <span>{STAGE_LABELS[s]}</span>
                </label>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
