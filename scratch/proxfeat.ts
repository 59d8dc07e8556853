// Proximity features of the gold against the sentence it beats (H1) or that beats it (H3), study sets only.
import { readFileSync } from 'node:fs'
import { answerQuestion } from '../src/core/answer.ts'
import { retrieve } from '../src/core/retrieve.ts'
import { spanText } from '../src/core/corpus.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'
import { proximityFeatures } from '../src/core/proximity.ts'
const fileOf = (name: string) => ({ dev: 'dev', hq: 'hono-questions', hho: 'hono-heldout' } as any)[name] ?? (name.startsWith('dbl') ? (name === 'dbl1' ? 'default-blind' : `default-blind${name.slice(3)}`) : name === 'hbl1' ? 'hono-blind' : `hono-blind${name.slice(3)}`)
const def = await buildFromFolder('corpus')
const hono = await buildFromFolder('../shared/corpora/hono-docs')
const study = new Set(['dev', 'hq', 'hho', ...Array.from({ length: 14 }, (_, i) => `dbl${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `hbl${i + 1}`)])
const rows = readFileSync('scratch/base.tsv', 'utf8').trim().split('\n').map((l) => l.split('\t'))
const tally: Record<string, number[]> = {}
const qs = new Map<string, any[]>()
for (const [set, id, v] of rows) {
  if (!study.has(set) || (v !== 'H1' && v !== 'H3')) continue
  if (!qs.has(set)) qs.set(set, JSON.parse(readFileSync(`tests/fixtures/${fileOf(set)}.json`, 'utf8')).questions)
  const q = qs.get(set)!.find((x: any) => x.id === id)
  const b = set.startsWith('h') ? hono : def
  const history: any[] = []
  for (const e of q.history ?? []) { const r: any = answerQuestion(b.corpus, e, [...history]); history.push({ role: 'user', content: e }, { role: 'assistant', content: r.answer }) }
  const r: any = retrieve(b.corpus, q.question, history)
  const gold = q.gold.map((g: string) => g.replace(/\s+/g, ' '))
  const S = b.corpus.data.sentences
  const isGold = (s: number) => { const t = spanText(b.corpus, S.docId(s), S.start[s], S.end[s]).replace(/\s+/g, ' '); return gold.some((g: string) => t.includes(g) || g.includes(t)) }
  const g = r.ranked.slice(0, 3).findIndex((x: any) => isGold(x.sentence))
  if (g < 0) continue
  const other = v === 'H1' ? r.ranked.findIndex((x: any, i: number) => i > 0 && !isGold(x.sentence)) : 0
  if (other < 0 || isGold(r.ranked[other].sentence)) continue
  const fg = proximityFeatures(b.corpus, r.question, r.ranked[g].sentence)
  const fo = proximityFeatures(b.corpus, r.question, r.ranked[other].sentence)
  ;['bigram', 'window', 'clause'].forEach((name, k) => {
    const key = `${v} ${name}`
    tally[key] ??= [0, 0, 0]
    tally[key][fg[k] > fo[k] + 1e-9 ? 0 : fo[k] > fg[k] + 1e-9 ? 1 : 2]++
  })
}
for (const [k, [gm, om, eq]] of Object.entries(tally)) console.log(`${k}: gold more ${gm}, other more ${om}, equal ${eq}`)
