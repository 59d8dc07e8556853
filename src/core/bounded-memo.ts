// The memos of the hot path (stems, table look-ups, word readings, scans of the pages) share one
// policy: at most a fixed number of entries, all dropped at once when it fills. Dropping all is
// cheaper than tracking use, and a memo refills within a few questions.

/** Stores `value` under `key` in `memo`, emptied first when it holds `limit` entries; returns `value`. */
export function keepBounded<K, V>(memo: Map<K, V>, limit: number, key: K, value: V): V {
  if (memo.size >= limit) memo.clear()
  memo.set(key, value)
  return value
}

/**
 * The values stored under the last `size` distinct keys, the first stored dropped first (a key
 * stored again keeps its place): a ring of slots, not a Map. A Map that drops one entry for each
 * it takes rebuilds its table every few entries, and each table it leaves behind (kept for an
 * iterator that may still be walking it) points at the values it held; the young-generation
 * collector counts such pointers from the old generation as live, so every value this memo had
 * held was copied and then promoted (~2 MB per collection for the questions of one corpus, a
 * third of what a question allocates), only to be freed by the next full collection.
 */
export class Recent<K, V> {
  private readonly keys: Array<K | undefined>
  private readonly values: Array<V | undefined>
  /** The slot the next new key takes: the oldest, once all are taken. */
  private next = 0

  constructor(readonly size: number) {
    this.keys = new Array<K | undefined>(size).fill(undefined)
    this.values = new Array<V | undefined>(size).fill(undefined)
  }

  get(key: K): V | undefined {
    const i = this.keys.indexOf(key)
    return i < 0 ? undefined : this.values[i]
  }

  set(key: K, value: V): void {
    let i = this.keys.indexOf(key)
    if (i < 0) {
      i = this.next
      this.next = (i + 1) % this.size
      this.keys[i] = key
    }
    this.values[i] = value
  }
}
