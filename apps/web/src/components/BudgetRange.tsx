import { useId } from 'react';
import { t } from '../i18n/zh-CN';
import { wanToYuan } from '../lib/budget';
import { Fieldset } from './Fieldset';

interface Props {
  minWan: string;
  maxWan: string;
  requireBudget: boolean;
  onChange: (next: { minWan?: string; maxWan?: string; requireBudget?: boolean }) => void;
  errors: { budgetMin?: string; budgetMax?: string };
}

const fieldError = (code?: string) => (code ? ((t.fieldErrors as Record<string, string>)[code] ?? code) : undefined);

/** Budget bounds typed in 万元; problems are shown as soon as a bound does not parse. */
export function BudgetRange({ minWan, maxWan, requireBudget, onChange, errors }: Props) {
  const id = useId();
  const live = (v: string) => {
    const r = wanToYuan(v);
    return r.ok ? undefined : r.error;
  };
  const minError = fieldError(errors.budgetMin ?? live(minWan));
  const maxError = fieldError(errors.budgetMax ?? live(maxWan));
  return (
    <Fieldset legend={t.editor.budget} help={t.editor.budgetHelp} className="budget-range">
      <div className="budget-inputs">
        <label htmlFor={`${id}-min`}>{t.editor.budgetMin}</label>
        <input
          id={`${id}-min`}
          inputMode="decimal"
          value={minWan}
          aria-invalid={minError ? true : undefined}
          onChange={(e) => onChange({ minWan: e.target.value })}
        />
        <span aria-hidden="true">–</span>
        <label htmlFor={`${id}-max`}>{t.editor.budgetMax}</label>
        <input
          id={`${id}-max`}
          inputMode="decimal"
          value={maxWan}
          aria-invalid={maxError ? true : undefined}
          onChange={(e) => onChange({ maxWan: e.target.value })}
        />
        <span>{t.common.yuanUnit}</span>
      </div>
      {(minError || maxError) && (
        <p className="field-error" role="alert">
          {[minError, maxError].filter(Boolean).join('；')}
        </p>
      )}
      <label className="choice">
        <input type="checkbox" checked={requireBudget} onChange={(e) => onChange({ requireBudget: e.target.checked })} />
        <span>{t.editor.requireBudget}</span>
      </label>
    </Fieldset>
  );
}
