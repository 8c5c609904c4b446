import type { ReactNode } from 'react';

/** A group of controls under one legend (checkbox and radio groups, composite inputs). */
export function Fieldset({
  legend,
  help,
  error,
  children,
  className,
}: {
  legend: ReactNode;
  help?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={`fieldset${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      {help && <p className="help">{help}</p>}
      {children}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
