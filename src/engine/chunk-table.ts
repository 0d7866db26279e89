/**
 * The chunks of texts (between spaces, tabs and line breaks, as `textChunks` cuts them), each made once
 * into a value and found again by content. A chunk is hashed while the text is read, so the common case
 * (a chunk seen before) allocates nothing: no split, no substring.
 */
export class ChunkTable<T> {
  private slots = new Int32Array(1 << 16).fill(-1);
  /** Each slot's chunk hash, next to the slot, so a probe rarely reads a key. */
  private slotHashes = new Int32Array(1 << 16);
  private hashes: number[] = [];
  private keys: string[] = [];
  private values: T[] = [];

  constructor(private readonly make: (chunk: string) => T) {}

  /** The chunks the last `read` found, in order (valid up to the count it returned). */
  readonly found: T[] = [];

  /** Reads the chunks of `text` into `found`; returns how many there are. */
  read(text: string): number {
    let count = 0;
    let start = -1;
    let h = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      // Space, tab, line feed, carriage return end a chunk (the same separators as `textChunks`).
      if (code <= 32 && (code === 32 || code === 9 || code === 10 || code === 13)) {
        if (start >= 0) this.found[count++] = this.find(text, start, i, h);
        start = -1;
      } else {
        if (start < 0) {
          start = i;
          h = 0x811c9dc5 | 0;
        }
        h = Math.imul(h ^ code, 16777619);
      }
    }
    if (start >= 0) this.found[count++] = this.find(text, start, length, h);
    return count;
  }

  private find(text: string, start: number, end: number, h: number): T {
    const mask = this.slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const id = this.slots[i] as number;
      if (id < 0) {
        const key = text.slice(start, end);
        const value = this.make(key);
        this.slots[i] = this.keys.length;
        this.slotHashes[i] = h;
        this.keys.push(key);
        this.hashes.push(h);
        this.values.push(value);
        if (this.keys.length * 2 > this.slots.length) this.grow();
        return value;
      }
      if (this.slotHashes[i] === h) {
        const key = this.keys[id] as string;
        if (key.length === end - start && text.startsWith(key, start)) return this.values[id] as T;
      }
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.slotHashes = new Int32Array(this.slots.length);
    const mask = this.slots.length - 1;
    this.hashes.forEach((h, id) => {
      let i = h & mask;
      while ((this.slots[i] as number) >= 0) i = (i + 1) & mask;
      this.slots[i] = id;
      this.slotHashes[i] = h;
    });
  }
}
