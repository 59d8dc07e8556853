import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    // Hooks build whole corpora (the Hono docs' index takes ~2 s alone, several times that on a
    // busy 2-core machine): vitest's 10 s default failed the quality tests under load.
    hookTimeout: 60_000,
    // The access log writes a line per request; show console output only for failing tests.
    silent: 'passed-only',
  },
})
