// Per-question cost in process: every dev-set call through the whole answer pipeline, timed one by
// one, plus a split into its stages (question analysis with expansions, the search over the postings, the
// coverage rerank around it, and composing the answer), and the default corpus's build time and heap.

import { answerQuestion, compose } from '../src/core/answer.ts'
import { analyse, queryTerms, rank } from '../src/core/retrieve.ts'
import { searchHits } from '../src/core/search-index.ts'
import { buildFromFolder, loadWordnet } from '../src/node/build-corpus.ts'
import { devCalls } from './dev-calls.ts'
import { runFirstAsked, type FirstAskedRow } from './first-asked.ts'
import { gc, round, summary, table } from './stats.ts'

const CORPUS = new URL('../corpus', import.meta.url).pathname

export interface PipelineResult {
  calls: number
  rounds: number
  totalUs: ReturnType<typeof summary>
  stagesUs: Record<string, number>
  buildMs: number
  buildHeapMB: number
  corpus: { docs: number; passages: number; sentences: number; textChars: number }
  /** Blind-set questions asked once, then again (see first-asked.ts). */
  firstAsked: FirstAskedRow[]
}

const now = () => performance.now()

export async function runPipeline(rounds = 200): Promise<{ result: PipelineResult; md: string }> {
  // Build twice: the first pays module loading and JIT warm-up, the second is what a restart costs.
  await buildFromFolder(CORPUS)
  // Held across the measurement, so that the heap counts the index, not WordNet coming and going.
  const wordnet = await loadWordnet()
  gc()
  const held = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers
  const before = held()
  const built = await buildFromFolder(CORPUS)
  gc()
  const buildHeapMB = (held() - before) / 1e6
  if (!wordnet.from.length) throw new Error('empty WordNet graph')
  const { corpus } = built
  const calls = devCalls(corpus)

  for (let r = 0; r < 20; r++) for (const c of calls) answerQuestion(corpus, c.question, c.history)
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const c of calls) {
      const t0 = now()
      answerQuestion(corpus, c.question, c.history)
      samples.push((now() - t0) * 1000)
    }
  }

  // Stage split: each call's stages timed one after another (the search on its own too, with the
  // terms the ranking searches for and unsorted as the ranking asks for it, since the ranking runs
  // it inside).
  const stage = {
    analyse: [] as number[],
    search: [] as number[],
    rank: [] as number[],
    compose: [] as number[],
  }
  for (let r = 0; r < rounds / 4; r++) {
    for (const c of calls) {
      let t0 = now()
      const q = analyse(corpus, c.question, c.history)
      stage.analyse.push((now() - t0) * 1000)
      const weights = queryTerms(q)
      t0 = now()
      searchHits(corpus.index, weights, false)
      stage.search.push((now() - t0) * 1000)
      t0 = now()
      const ranked = rank(corpus, q)
      stage.rank.push((now() - t0) * 1000)
      t0 = now()
      compose(corpus, { question: q, ranked })
      stage.compose.push((now() - t0) * 1000)
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const totalMean = mean(samples)
  const stagesUs = {
    'analyse (terms, typo fixes, expansions)': round(mean(stage.analyse)),
    'search (postings)': round(mean(stage.search)),
    'rerank (coverage, answer type)': round(mean(stage.rank) - mean(stage.search)),
    'compose (spans, citations, abstention)': round(mean(stage.compose)),
    'whole pipeline': round(totalMean),
  }
  const { data } = corpus
  const firstAsked = await runFirstAsked()
  const result: PipelineResult = {
    calls: calls.length,
    rounds,
    totalUs: summary(samples),
    stagesUs,
    buildMs: round(built.ms),
    buildHeapMB: round(buildHeapMB, 2),
    corpus: {
      docs: data.docs.length,
      passages: data.passages.length,
      sentences: data.sentences.length,
      textChars: data.docs.reduce((n, d) => n + d.text.length, 0),
    },
    firstAsked: firstAsked.rows,
  }
  const t = result.totalUs
  const md = [
    `### Per-question cost in process (${calls.length} dev-set calls × ${rounds} rounds)`,
    '',
    table(
      ['median µs', 'p99 µs', 'max µs', 'build ms', 'index heap MB', 'docs', 'sentences'],
      [
        [
          round(t.median),
          round(t.p99),
          round(t.max),
          result.buildMs,
          result.buildHeapMB,
          result.corpus.docs,
          result.corpus.sentences,
        ],
      ],
    ),
    '',
    'Mean µs per call by stage:',
    '',
    table(
      ['stage', 'mean µs'],
      Object.entries(stagesUs).map(([k, v]) => [k, v]),
    ),
    '',
    firstAsked.md,
  ].join('\n')
  return { result, md }
}
