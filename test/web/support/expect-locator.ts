import { setTimeout as sleep } from 'node:timers/promises';
import type { Locator } from 'playwright-core';

type Text = string | RegExp;
const normalise = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const fits = (actual: string, want: Text) => (typeof want === 'string' ? actual === want : want.test(actual));
const show = (v: unknown) => JSON.stringify(v, (_k, x) => (x instanceof RegExp ? String(x) : x));

async function poll<T>(what: string, read: () => Promise<T>, ok: (actual: T) => boolean, timeout = 10000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen: unknown;
  for (;;) {
    try {
      const actual = await read();
      seen = actual;
      if (ok(actual)) return;
    } catch (e) {
      seen = `(${(e as Error).message.split('\n')[0]})`;
    }
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeout} ms; last seen: ${show(seen)}`);
    await sleep(100);
  }
}

/**
 * Web-first assertions in the manner of @playwright/test (which this repository does not install):
 * each polls the page until it holds or the timeout passes. Text is compared as textContent with
 * white space collapsed.
 */
export function expectLocator(locator: Locator) {
  const texts = async () => (await locator.allTextContents()).map(normalise);
  return {
    toHaveText(want: Text | Text[], opts: { timeout?: number } = {}) {
      const wanted = Array.isArray(want) ? want : [want];
      return poll(
        `${locator.toString()} to have text ${show(want)}`,
        texts,
        (a: string[]) => a.length === wanted.length && a.every((t, i) => fits(t, wanted[i])),
        opts.timeout,
      );
    },
    toContainText(want: string, opts: { timeout?: number } = {}) {
      return poll(
        `${locator.toString()} to contain ${show(want)}`,
        texts,
        (a: string[]) => a.length > 0 && a.some((t) => t.includes(want)),
        opts.timeout,
      );
    },
    /** An input's current value. */
    toHaveValue(want: Text, opts: { timeout?: number } = {}) {
      return poll(
        `${locator.toString()} to have value ${show(want)}`,
        () => locator.inputValue(),
        (v: string) => fits(v, want),
        opts.timeout,
      );
    },
    toHaveCount(n: number, opts: { timeout?: number } = {}) {
      return poll(
        `${locator.toString()} to count ${n}`,
        () => locator.count(),
        (c: number) => c === n,
        opts.timeout,
      );
    },
  };
}
