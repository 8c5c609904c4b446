import type { ReactNode } from 'react';
import { t } from '../../i18n/zh-CN';

/** The filters above an admin list; they apply as they change, so the form never submits. */
export function SearchBar({ children }: { children: ReactNode }) {
  return (
    <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}

export function SearchInput({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <label>
      {label}
      <input type="search" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** A select whose first choice, 全部, is the empty value (no filter). */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<[value: string, label: string]>;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.common.all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
