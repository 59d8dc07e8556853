// Node entry: read the settings and the corpus folder, build the index, serve the app.
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { Server } from 'node:http'
import { createApp } from './app.ts'
import { configFromEnv } from './config.ts'
import { clientOf, exceptLoopback, memoryLimiter } from './middleware/rate-limit.ts'
import { buildFromFolder } from './node/build-corpus.ts'

const port = Number(process.env.PORT ?? 8787)
const hostname = process.env.HOST ?? '127.0.0.1'
const dir = process.env.CORPUS_DIR ?? new URL('../corpus', import.meta.url).pathname
const env = configFromEnv(process.env)

// Behind a proxy every request comes from the proxy: then the last hop it appended names the client.
const clientKey = (c: Context) => {
  const forwarded = env.trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1) : undefined
  return clientOf(forwarded || getConnInfo(c).remote.address || 'unknown')
}

const { corpus, ms } = await buildFromFolder(dir)
for (const s of corpus.data.skipped) console.warn(`Verbatim: skipped ${s.path}: ${s.reason}`)
const app = createApp({
  corpus,
  config: {
    rateLimiter:
      env.rateLimit > 0 ? exceptLoopback(memoryLimiter({ limit: env.rateLimit })) : undefined,
    clientKey,
    corsOrigins: env.corsOrigins,
    requestTimeoutMs: env.requestTimeoutMs,
    logQuestions: env.logQuestions,
  },
})
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
    console.log(
      `Verbatim: http://${hostname}:${info.port} — ${docs.length} documents, ${passages.length} passages, index built in ${Math.round(ms)} ms${docs.length ? '' : ' (the corpus is empty: add .md or .txt files)'}`,
    )
  },
) as Server

// Stop accepting, finish the requests in flight, then exit; a client that holds on longer than the
// request timeout is cut off so a deploy never hangs.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => server.closeAllConnections(), env.requestTimeoutMs).unref()
  })
