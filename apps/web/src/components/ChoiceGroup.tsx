import { useId } from 'react';

interface Props<T extends string> {
  name?: string;
  options: readonly T[];
  labels: Record<T, string>;
  /** Multiple (checkboxes) when an array, single (radios) otherwise. */
  value: T | readonly T[];
  onChange: (value: T) => void;
  disabled?: (option: T) => boolean;
  hint?: (option: T) => string | undefined;
}

/** Radio buttons or checkboxes for a fixed set of options; onChange gets the option clicked. */
export function ChoiceGroup<T extends string>({ name, options, labels, value, onChange, disabled, hint }: Props<T>) {
  const groupName = useId();
  const multiple = Array.isArray(value);
  const checked = (o: T) => (multiple ? (value as readonly T[]).includes(o) : value === o);
  return (
    <div className="choices">
      {options.map((o) => (
        <label key={o} className="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name ?? groupName}
            value={o}
            checked={checked(o)}
            disabled={disabled?.(o)}
            onChange={() => onChange(o)}
          />
          <span>{labels[o]}</span>
          {hint?.(o) && <small className="muted">{hint(o)}</small>}
        </label>
      ))}
    </div>
  );
}
