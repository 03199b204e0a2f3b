/**
 * Distinct keys (emails) with the gifts behind each, searchable by substring in one native
 * `indexOf` pass over the keys joined by newlines, instead of one `includes` per key.
 */
export class TextDirectory {
  private readonly keys = new Map<string, number>();
  private readonly lists: number[][] = [];
  private readonly starts: number[] = [];
  private text = '';
  private pending: string[] = [];

  add(key: string, giftIndex: number): void {
    const known = this.keys.get(key);
    if (known !== undefined) {
      this.lists[known]?.push(giftIndex);
      return;
    }
    this.keys.set(key, this.lists.length);
    this.lists.push([giftIndex]);
    this.pending.push(key);
  }

  /** The gifts of one exact key. */
  exact(key: string): readonly number[] | undefined {
    const entry = this.keys.get(key);
    return entry === undefined ? undefined : this.lists[entry];
  }

  /** Calls `visit` with the gifts of every key containing `needle`. */
  search(needle: string, visit: (gifts: readonly number[]) => void): void {
    if (needle === '' || needle.includes('\n')) return;
    this.flush();
    let from = 0;
    for (;;) {
      const at = this.text.indexOf(needle, from);
      if (at < 0) return;
      const entry = this.entryAt(at);
      const list = this.lists[entry];
      if (list) visit(list);
      from = this.starts[entry + 1] ?? this.text.length; // one visit per key
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    let offset = this.text.length;
    for (const key of this.pending) {
      this.starts.push(offset);
      offset += key.length + 1;
    }
    this.text += `${this.pending.join('\n')}\n`;
    this.pending = [];
  }

  /** The key a text position falls in (binary search over the start offsets). */
  private entryAt(position: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
