import { ValueTransformer } from 'typeorm';

/** pg returns numeric as string; budgets in yuan fit a double exactly to the fen. */
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? null : Number(v)),
};
