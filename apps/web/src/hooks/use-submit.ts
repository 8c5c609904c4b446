import { type FormEvent } from 'react';
import { useAction } from './use-action';

/** A form's submit handler with busy and error state; `run` throws to report a failure. */
export function useSubmit(run: () => Promise<void>) {
  const { busy, error, setError, act } = useAction();
  // React ignores what an event handler returns, so the handler is synchronous; act() catches.
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    if (busy) return;
    void act(run);
  };
  return { busy, error, setError, onSubmit };
}
