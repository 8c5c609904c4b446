import { useId, useState, type KeyboardEvent } from 'react';
import { t } from '../i18n/zh-CN';
import { addTerms, removeTermAt, type AddTermsResult } from '../lib/terms';

interface Props {
  label: string;
  help?: string;
  placeholder: string;
  terms: string[];
  onChange: (terms: string[]) => void;
  max?: number;
  error?: string;
  /** Distinguishes the chips (keyword / exclude) in tests and styles. */
  kind: 'keyword' | 'exclude';
}

function rejectionText(r: AddTermsResult['rejected'][number]): string {
  const m = t.editor.termRejected;
  return r.reason === 'empty' ? m.empty : m[r.reason](r.term);
}

/** Keyword entries as removable chips: Enter, comma or the button adds; Backspace in an empty box removes the last. */
export function ChipInput({ label, help, placeholder, terms, onChange, max, error, kind }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const commit = () => {
    if (!draft.trim()) return;
    const result = addTerms(terms, draft, max);
    setProblems(result.rejected.map(rejectionText));
    if (result.added.length) onChange(result.terms);
    setDraft('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || ((e.key === ',' || e.key === '，') && !e.nativeEvent.isComposing)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Backspace' && draft === '' && terms.length) {
      onChange(removeTermAt(terms, terms.length - 1));
    }
  };

  return (
    <div className={`field chip-field${error ? ' field-invalid' : ''}`} data-chips={kind}>
      <label htmlFor={id}>{label}</label>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <ul className="chips" aria-label={t.editor.chipList(label)}>
        {terms.map((term, i) => (
          <li key={term} className={`chip chip-${kind}`}>
            <span className="chip-text">{term}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t.editor.removeTerm(term)}
              onClick={() => onChange(removeTermAt(terms, i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="input-row">
        <input
          id={id}
          value={draft}
          placeholder={placeholder}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
          maxLength={300}
        />
        <button type="button" onClick={commit}>
          {t.editor.add}
        </button>
      </div>
      {max !== undefined && <p className="help">{`${terms.length} / ${max}`}</p>}
      {problems.length > 0 && (
        <p className="field-error" role="status">
          {problems.join('；')}
        </p>
      )}
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
