import { resolveRegion } from '@app/regions';

export interface LocatedRegion {
  code: string;
  path: string[];
}

/**
 * The one place parsing asks @app/regions where a bulletin is: region text first, then buyer,
 * title and body (the agency last, since agencies often sit in another city).
 */
export function locateRegion(input: {
  regionText?: string | null;
  buyer?: string | null;
  agency?: string | null;
  title: string;
  body: string;
}): LocatedRegion | null {
  const found = resolveRegion({
    regionText: input.regionText,
    buyer: input.buyer,
    title: input.title,
    body: input.body,
    agency: input.agency,
  });
  return found ? { code: found.code, path: found.path } : null;
}
