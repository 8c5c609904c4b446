import { useState, type FormEvent } from 'react';

/** A form's submit handler with busy and error state; `run` throws to report a failure. */
export function useSubmit(run: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  // React ignores what an event handler returns, so the handler is synchronous; submit() catches.
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    if (busy) return;
    void submit();
  };
  return { busy, error, setError, onSubmit };
}
