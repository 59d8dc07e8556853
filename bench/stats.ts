// Small numeric helpers shared by the bench parts.

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[i]
}

export function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b)
  return { n: s.length, median: quantile(s, 0.5), p99: quantile(s, 0.99), max: s[s.length - 1] }
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

export const mb = (bytes: number) => round(bytes / 1e6, 2)

/** A Markdown table from a header row and data rows. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function gc() {
  const g = (globalThis as { gc?: () => void }).gc
  if (g) {
    g()
    g()
  }
}
