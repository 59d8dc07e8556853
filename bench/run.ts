// npm run bench [-- pipeline http scale cold edge]: runs the chosen parts (all by default), prints their
// tables and writes them to bench/results/ (<part>.md and <part>.json, scale.svg).

import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { scaleChart } from './chart.ts'
import { runColdStart } from './cold-start.ts'
import { runEdgeScale } from './edge-scale.ts'
import { runHttp } from './http.ts'
import { runPipeline } from './pipeline.ts'
import { runScale } from './scale.ts'

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
  const footer = `\n\n_${before.date}, Node ${before.node}, ${before.cpus} × ${before.cpu}, load average at start ${before.loadavg.join(' ')}, ${seconds} s._\n`
  console.log(md + footer)
  writeFileSync(new URL(`${part}.md`, RESULTS), md + footer)
  writeFileSync(
    new URL(`${part}.json`, RESULTS),
    JSON.stringify({ machine: before, seconds, result }, null, 2) + '\n',
  )
  if (part === 'scale')
    writeFileSync(
      new URL('scale.svg', RESULTS),
      scaleChart((result as { points: Parameters<typeof scaleChart>[0] }).points),
    )
}
