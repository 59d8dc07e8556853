// Workers entry: the index was built ahead of time by `npm run build` (wrangler.toml runs it), so the
// isolate only parses it once at start and never builds anything on a request. Settings and the
// Rate Limiting binding arrive with the first request's env, so the app is made then, once.
import type { ExecutionContext } from 'hono'
import { createApp } from './app.ts'
import { configFromEnv } from './config.ts'
import { loadCorpus } from './core/corpus.ts'
import { bindingLimiter, type RateLimitBinding } from './middleware/rate-limit.ts'
import index from '../build/index.js'

const corpus = loadCorpus(JSON.parse(index))
/** Vars from wrangler.toml (RATE_LIMIT, CORS_ORIGINS, …) and the Rate Limiting binding. */
type Env = Record<string, unknown> & { RATE_LIMITER?: RateLimitBinding }
let app: ReturnType<typeof createApp> | undefined

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    if (!app) {
      const { rateLimit, logQuestions, corsOrigins, requestTimeoutMs } = configFromEnv(
        env as Record<string, string | undefined>,
      )
      const rateLimiter =
        rateLimit > 0 && env.RATE_LIMITER ? bindingLimiter(env.RATE_LIMITER) : undefined
      app = createApp({
        corpus,
        config: { rateLimiter, logQuestions, corsOrigins, requestTimeoutMs },
      })
    }
    return app.fetch(request, env, ctx)
  },
}
