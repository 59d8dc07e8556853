import { describe, expect, it } from 'vitest'
import { configFromEnv, ENV_DEFAULTS, listenFromEnv, SettingError } from '../src/config.ts'

describe('configFromEnv', () => {
  it('defaults: 120 answers a minute per client, no question logging, no CORS, 10 s timeout', () => {
    expect(configFromEnv({})).toEqual(ENV_DEFAULTS)
    expect(ENV_DEFAULTS).toMatchObject({ rateLimit: 120, logQuestions: false, corsOrigins: [] })
  })

  it('reads every setting', () => {
    expect(
      configFromEnv({
        RATE_LIMIT: '0',
        LOG_QUESTIONS: '1',
        CORS_ORIGINS: 'https://a.example, http://localhost:3000',
        REQUEST_TIMEOUT_MS: '2500',
        TRUST_PROXY: 'true',
      }),
    ).toEqual({
      rateLimit: 0,
      logQuestions: true,
      corsOrigins: ['https://a.example', 'http://localhost:3000'],
      requestTimeoutMs: 2500,
      trustProxy: true,
    })
  })

  it.each([
    ['RATE_LIMIT', 'lots'],
    ['RATE_LIMIT', '-1'],
    ['RATE_LIMIT', '1.5'],
    ['LOG_QUESTIONS', 'maybe'],
    ['CORS_ORIGINS', 'https://a.example/path'],
    ['CORS_ORIGINS', 'a.example'],
    ['REQUEST_TIMEOUT_MS', '0'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => configFromEnv({ [name]: value })).toThrow(SettingError)
    expect(() => configFromEnv({ [name]: value })).toThrow(name)
  })
})

describe('listenFromEnv', () => {
  it('listens on 127.0.0.1:8787 unless PORT and HOST say otherwise', () => {
    expect(listenFromEnv({})).toEqual({ port: 8787, hostname: '127.0.0.1' })
    expect(listenFromEnv({ PORT: '3000', HOST: '0.0.0.0' })).toEqual({
      port: 3000,
      hostname: '0.0.0.0',
    })
  })

  it.each(['abc', '65536', '99999', '80.5', '-1'])(
    'refuses PORT=%s with a message naming it and the range',
    (value) => {
      expect(() => listenFromEnv({ PORT: value })).toThrow(SettingError)
      expect(() => listenFromEnv({ PORT: value })).toThrow(
        /PORT must be a whole number from 0 to 65535/,
      )
    },
  )
})
