/** A growable Int32Array: building 1M subscriptions' arrays with plain JS arrays costs 3-4× the memory. */
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = value;
  }

  /** Appends `count` zeros and returns the index of the first. */
  extend(count: number): number {
    if (this.length + count > this.data.length) this.reserve(count);
    const start = this.length;
    this.length += count;
    return start;
  }

  private reserve(extra: number): void {
    const grown = new Int32Array(Math.max(this.data.length * 2, this.length + extra));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  get(index: number): number {
    return this.data[index];
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** A right-sized copy; the list can be dropped afterwards. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
