// Node entry: read the settings and the corpus folder, build the index, serve the app.
import { serve } from '@hono/node-server'
import type { Server } from 'node:http'
import { listenFromEnv, SettingError } from './config.ts'
import type { AnswerPool } from './node/answer-pool.ts'
import { nodeApp } from './node/node-app.ts'

// A setting that cannot be read, or a port taken: one line that says what to change, no stack.
const stop = (message: string): never => {
  console.error(message)
  process.exit(1)
}

const { port, hostname, app, corpus, env, ms, threads, startThreads } = await start().catch(
  (err: unknown) => (err instanceof SettingError ? stop(err.message) : Promise.reject(err)),
)

async function start() {
  const listen = listenFromEnv(process.env)
  const dir = process.env.CORPUS_DIR ?? new URL('../corpus', import.meta.url).pathname
  return { ...listen, ...(await nodeApp(dir)) }
}

for (const s of corpus.data.skipped) console.warn(`Verbatim: skipped ${s.path}: ${s.reason}`)
let started: Promise<AnswerPool | undefined> | undefined
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
    const pool = threads ? `, ${threads} answer thread${threads > 1 ? 's' : ''}` : ''
    console.log(
      `Verbatim: http://${hostname}:${info.port} — ${docs.length} documents, ${passages.length} passages, index built in ${Math.round(ms)} ms${pool}${docs.length ? '' : ' (the corpus is empty: add .md or .txt files)'}`,
    )
    // Only now, so that the threads' start never stands before the first answer (node-app.ts).
    started = startThreads()
  },
) as Server
server.once('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EADDRINUSE')
    stop(`Verbatim: ${hostname}:${port} is in use by another program; set PORT to a free port`)
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN')
    stop(`Verbatim: HOST ${hostname} is not an address of this machine`)
  throw err
})

// Stop accepting, finish the requests in flight (their answer threads still run), then end the
// threads and exit; a client that holds on longer than the request timeout is cut off so a deploy
// never hangs.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    server.close(async () => {
      await (await started)?.close()
      process.exit(0)
    })
    server.closeIdleConnections()
    setTimeout(() => server.closeAllConnections(), env.requestTimeoutMs).unref()
  })
