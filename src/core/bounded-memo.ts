// The memos of the hot path (stems, table look-ups, word readings, scans of the pages) share one
// policy: at most a fixed number of entries, all dropped at once when it fills. Dropping all is
// cheaper than tracking use, and a memo refills within a few questions.

/** Stores `value` under `key` in `memo`, emptied first when it holds `limit` entries; returns `value`. */
export function keepBounded<K, V>(memo: Map<K, V>, limit: number, key: K, value: V): V {
  if (memo.size >= limit) memo.clear()
  memo.set(key, value)
  return value
}
