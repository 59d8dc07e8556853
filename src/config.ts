// Server settings from the environment, read once at start by the entry (Node or Workers) and handed
// to createApp. A value that cannot be read stops the start with a message naming the variable:
// a typo in RATE_LIMIT must not silently turn the limit off.

export interface EnvConfig {
  /** Answer requests per minute per client (RATE_LIMIT, default 120); 0 turns the limit off. */
  rateLimit: number
  /** Log the question text with each request (LOG_QUESTIONS=1). Off by default: questions are personal. */
  logQuestions: boolean
  /** Origins allowed to call the JSON API from a browser (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[]
  /** A request that has not been answered after this many ms gets a 408 (REQUEST_TIMEOUT_MS, default 10000). */
  requestTimeoutMs: number
  /** Behind a reverse proxy, key the rate limit on the last X-Forwarded-For hop (TRUST_PROXY=1). */
  trustProxy: boolean
}

export const ENV_DEFAULTS: EnvConfig = {
  rateLimit: 120,
  logQuestions: false,
  corsOrigins: [],
  requestTimeoutMs: 10_000,
  trustProxy: false,
}

type Env = Record<string, string | undefined>

/**
 * A setting that cannot be read. The entry prints its message alone and exits: the reader needs
 * the variable and the value, not a stack trace.
 */
export class SettingError extends Error {}

/** A whole number from `min` to `max` (the variable unset or empty: `fallback`). */
export function count(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max = Infinity,
): number {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    const range = max === Infinity ? `≥ ${min}` : `from ${min} to ${max}`
    throw new SettingError(
      `Verbatim: ${name} must be a whole number ${range}, got ${JSON.stringify(raw)}`,
    )
  }
  return Number(raw)
}

function flag(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false' || raw === 'no')
    return false
  if (raw === '1' || raw === 'true' || raw === 'yes') return true
  throw new SettingError(
    `Verbatim: ${name} must be 1 or 0 (true / false and yes / no are read too), got ${JSON.stringify(env[name])}`,
  )
}

function origins(env: Env, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (const o of list) {
    if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o))
      throw new SettingError(
        `Verbatim: ${name} takes origins such as https://example.org (no path), got ${JSON.stringify(o)}`,
      )
  }
  return list
}

export function configFromEnv(env: Env): EnvConfig {
  return {
    rateLimit: count(env, 'RATE_LIMIT', ENV_DEFAULTS.rateLimit, 0),
    logQuestions: flag(env, 'LOG_QUESTIONS'),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    requestTimeoutMs: count(env, 'REQUEST_TIMEOUT_MS', ENV_DEFAULTS.requestTimeoutMs, 1),
    trustProxy: flag(env, 'TRUST_PROXY'),
  }
}

/** Where the Node server listens (PORT, HOST): the Worker has neither. */
export function listenFromEnv(env: Env): { port: number; hostname: string } {
  return {
    // 0 asks the system for a free port (the tests' servers use it).
    port: count(env, 'PORT', 8787, 0, 65_535),
    hostname: env.HOST?.trim() || '127.0.0.1',
  }
}
