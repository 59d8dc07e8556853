// Node entry: read the settings and the corpus folder, build the index, serve the app.
import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import { nodeApp } from './node/node-app.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
const dir = process.env.CORPUS_DIR ?? new URL('../corpus', import.meta.url).pathname

const { app, corpus, env, ms, pool } = await nodeApp(dir)
for (const s of corpus.data.skipped) console.warn(`Verbatim: skipped ${s.path}: ${s.reason}`)
const server = serve(
  {
    fetch: app.fetch,
    port,
    hostname,
    // Slow clients (a body trickled byte by byte) are cut off by the socket, not only by the app.
    serverOptions: { requestTimeout: env.requestTimeoutMs + 5_000, headersTimeout: 15_000 },
  },
  (info) => {
    const { docs, passages } = corpus.data
    const threads = pool ? `, ${pool.size} answer thread${pool.size > 1 ? 's' : ''}` : ''
    console.log(
      `Verbatim: http://${hostname}:${info.port} — ${docs.length} documents, ${passages.length} passages, index built in ${Math.round(ms)} ms${threads}${docs.length ? '' : ' (the corpus is empty: add .md or .txt files)'}`,
    )
  },
) as Server

// Stop accepting, finish the requests in flight (their answer threads still run), then end the
// threads and exit; a client that holds on longer than the request timeout is cut off so a deploy
// never hangs.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    server.close(async () => {
      await pool?.close()
      process.exit(0)
    })
    server.closeIdleConnections()
    setTimeout(() => server.closeAllConnections(), env.requestTimeoutMs).unref()
  })
