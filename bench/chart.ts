// The scale curve as a small SVG: build time, answer p99 (asked again, and asked for the first
// time) and heap against text size, log-log, so a reader sees how each cost grows with the corpus.
// No dependencies: a few lines of SVG by hand.

import type { ScalePoint } from './scale.ts'

const W = 560
const H = 300
const PAD = { left: 56, right: 150, top: 24, bottom: 44 }

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

export function scaleChart(points: ScalePoint[]): string {
  const series = [
    { name: 'build (ms)', color: '#1f77b4', value: (p: ScalePoint) => p.buildMs },
    { name: 'answer p99 (ms)', color: '#d62728', value: (p: ScalePoint) => p.answerP99Us / 1000 },
    {
      name: 'answer median (ms)',
      color: '#ff9896',
      value: (p: ScalePoint) => p.answerMedianUs / 1000,
    },
    { name: 'heap (MB)', color: '#2ca02c', value: (p: ScalePoint) => p.heapBytes / 1e6 },
    // The queries' first round, each new to the index's memos (points from before it was
    // measured have none, and draw no line).
    ...(points.every((p) => p.firstP99Us > 0)
      ? [
          {
            name: 'first asked p99 (ms)',
            color: '#9467bd',
            value: (p: ScalePoint) => p.firstP99Us / 1000,
          },
        ]
      : []),
  ]
  const xs = points.map((p) => p.textBytes / 1e6)
  const ys = series.flatMap((s) => points.map(s.value)).filter((v) => v > 0)
  const lx = (v: number) => Math.log10(v)
  const [x0, x1] = [Math.floor(lx(Math.min(...xs))), Math.ceil(lx(Math.max(...xs)))]
  const [y0, y1] = [Math.floor(lx(Math.min(...ys))), Math.ceil(lx(Math.max(...ys)))]
  const px = (v: number) => PAD.left + ((lx(v) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right)
  const py = (v: number) =>
    H - PAD.bottom - ((lx(v) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom)
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
  ]
  for (let e = x0; e <= x1; e++) {
    const x = px(10 ** e)
    out.push(`<line x1="${x}" y1="${PAD.top}" x2="${x}" y2="${H - PAD.bottom}" stroke="#eee"/>`)
    out.push(
      `<text x="${x}" y="${H - PAD.bottom + 16}" text-anchor="middle">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`,
    )
  }
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e)
    out.push(`<line x1="${PAD.left}" y1="${y}" x2="${W - PAD.right}" y2="${y}" stroke="#eee"/>`)
    out.push(
      `<text x="${PAD.left - 6}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`,
    )
  }
  out.push(
    `<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 8}" text-anchor="middle">text indexed (MB, log)</text>`,
  )
  out.push(
    `<text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">ms or MB (log)</text>`,
  )
  series.forEach((s, i) => {
    const pts = points.map(
      (p) => `${px(p.textBytes / 1e6).toFixed(1)},${py(Math.max(s.value(p), 10 ** y0)).toFixed(1)}`,
    )
    out.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.join(' ')}"/>`,
    )
    for (const pt of pts) {
      const [cx, cy] = pt.split(',')
      out.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${s.color}"/>`)
    }
    const ly = PAD.top + 10 + i * 18
    out.push(
      `<line x1="${W - PAD.right + 12}" y1="${ly}" x2="${W - PAD.right + 30}" y2="${ly}" stroke="${s.color}" stroke-width="2"/>`,
    )
    out.push(`<text x="${W - PAD.right + 36}" y="${ly + 4}">${esc(s.name)}</text>`)
  })
  out.push('</svg>')
  return out.join('\n') + '\n'
}
