// Large parts (table bodies, pivot records, shared strings: hundreds of megabytes for a thousand reports) built
// as UTF-8 a block at a time: no string of the whole part, and no second copy of it to encode.

/** Characters gathered before they are encoded: large enough that encoding runs in long stretches. */
const BLOCK = 1 << 16;

export class Utf8Part {
  private readonly encoder = new TextEncoder();
  private readonly blocks: Uint8Array[] = [];
  private pending = "";
  private size = 0;

  /** Appends markup or text already escaped (whole pieces: a surrogate pair is never split). */
  add(s: string): void {
    this.pending += s;
    if (this.pending.length >= BLOCK) this.flush();
  }

  /** The part's bytes, as TextEncoder would give them for the whole string. */
  bytes(): Uint8Array {
    this.flush();
    if (this.blocks.length === 1) return this.blocks[0]!;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const b of this.blocks) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  }

  private flush(): void {
    if (!this.pending) return;
    const block = this.encoder.encode(this.pending);
    this.blocks.push(block);
    this.size += block.length;
    this.pending = "";
  }
}
