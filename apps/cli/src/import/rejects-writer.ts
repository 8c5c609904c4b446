import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

export interface RejectEntry {
  line: number;
  sourceId?: string;
  errors: Array<{ field: string; message: string }>;
  /** The record as read (for a record that was read), so it can be fixed and imported again. */
  record?: Record<string, unknown>;
  /** The start of a line that could not be read as a record. */
  text?: string;
}

/** The rejects file (JSON Lines), created on the first reject so a clean run leaves nothing behind. */
export class RejectsWriter {
  private stream: WriteStream | null = null;
  count = 0;

  constructor(readonly path: string) {}

  async write(entry: RejectEntry): Promise<void> {
    this.stream ??= createWriteStream(this.path);
    this.count++;
    if (!this.stream.write(`${JSON.stringify(entry)}\n`)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
