// npm run bench [-- pipeline http scale cold edge]: runs the chosen parts (all by default), prints their
// tables and writes them to bench/results/ (<part>.md and <part>.json, scale.svg).

import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { scaleChart } from './chart.ts'
import { runColdStart } from './cold-start.ts'
import { runEdgeScale } from './edge-scale.ts'
import { runHttp } from './http.ts'
import { runPipeline } from './pipeline.ts'
import { runScale, SCALE_NODE } from './scale.ts'

const PARTS = ['pipeline', 'http', 'scale', 'cold', 'edge'] as const
type Part = (typeof PARTS)[number]

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const unknown = asked.filter((a) => !PARTS.includes(a as Part))
if (unknown.length) {
  console.error(`Unknown part ${unknown.join(', ')}; choose from ${PARTS.join(', ')}.`)
  process.exit(2)
}
const parts: Part[] = asked.length ? (asked as Part[]) : [...PARTS]
const RESULTS = new URL('./results/', import.meta.url)
mkdirSync(RESULTS, { recursive: true })

/** The Node that built the scale points when BENCH_NODE names another (see scale.ts). */
const scaleNode =
  SCALE_NODE === process.execPath
    ? undefined
    : execFileSync(SCALE_NODE, ['--version'], { encoding: 'utf8' }).trim()

const machine = () => ({
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  node: process.version,
  loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  date: new Date().toISOString(),
})

for (const part of parts) {
  const before = machine()
  const t0 = performance.now()
  console.log(`\n== ${part} ==`)
  const { result, md } =
    part === 'pipeline'
      ? await runPipeline()
      : part === 'http'
        ? await runHttp()
        : part === 'scale'
          ? await runScale()
          : part === 'cold'
            ? await runColdStart()
            : await runEdgeScale()
  const seconds = Math.round((performance.now() - t0) / 1000)
  // Scale points built under another Node are written beside the default's (scale-node24.md).
  const other = part === 'scale' ? scaleNode : undefined
  const node = other ? `${other} (the scale points; the bench itself ${before.node})` : before.node
  const footer = `\n\n_${before.date}, Node ${node}, ${before.cpus} × ${before.cpu}, load average at start ${before.loadavg.join(' ')}, ${seconds} s._\n`
  const name = other ? `${part}-node${other.slice(1).split('.')[0]}` : part
  console.log(md + footer)
  writeFileSync(new URL(`${name}.md`, RESULTS), md + footer)
  writeFileSync(
    new URL(`${name}.json`, RESULTS),
    JSON.stringify({ machine: { ...before, scaleNode: other }, seconds, result }, null, 2) + '\n',
  )
  if (part === 'scale' && !other)
    writeFileSync(
      new URL('scale.svg', RESULTS),
      scaleChart((result as { points: Parameters<typeof scaleChart>[0] }).points),
    )
}
