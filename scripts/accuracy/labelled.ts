import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** One labelled bulletin of ../shared/data (both files; file 1 lacks the later fields). */
export interface LabelledBulletin {
  id: string;
  file: string;
  title: string | null;
  project_name: string | null;
  body: string;
  region_text: string | null;
  buyer: string | null;
  agency: string | null;
  category: string;
  region_label: { province: string | null; city: string | null; district: string | null } | null;
  publish_date: string | null;
  budget_amount_yuan: number | null;
  award_amount_yuan?: number | null;
  winners?: string[] | null;
  project_code?: string | null;
  deadline_at?: string | null;
  /** A code of BULLETIN_STAGES; null when the notice has no stage; absent when not labelled. */
  stage?: string | null;
}

export type Split = 'dev' | 'held-out';

// About 30 % of each file is kept aside. The split follows a hash of the id, so it never moves
// when the files grow or are reordered, and nobody picks which bulletins are hard.
const HELD_OUT_SHARE = 0.3;

export function splitOf(id: string): Split {
  const h = createHash('sha256').update(id).digest().readUInt32BE(0);
  return h / 2 ** 32 < HELD_OUT_SHARE ? 'held-out' : 'dev';
}

export function readLabelled(files: string[]): LabelledBulletin[] {
  return files
    .filter((f) => existsSync(f))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => ({ ...(JSON.parse(line) as Omit<LabelledBulletin, 'file'>), file: basename(file) })),
    );
}
