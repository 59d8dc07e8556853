// Node entry: read the corpus folder, build the index, serve the app.
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { buildFromFolder } from './node/build-corpus.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
const dir = process.env.CORPUS_DIR ?? new URL('../corpus', import.meta.url).pathname

const { corpus, ms } = await buildFromFolder(dir)
for (const s of corpus.data.skipped) console.warn(`Verbatim: skipped ${s.path}: ${s.reason}`)
const server = serve({ fetch: createApp({ corpus }).fetch, port, hostname }, (info) => {
  const { docs, passages } = corpus.data
  console.log(
    `Verbatim: http://${hostname}:${info.port} — ${docs.length} documents, ${passages.length} passages, index built in ${Math.round(ms)} ms${docs.length ? '' : ' (the corpus is empty: add .md or .txt files)'}`,
  )
})
// Finish the requests in flight, then exit.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => server.close(() => process.exit(0)))
