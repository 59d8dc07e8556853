import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    // The access log writes a line per request; show console output only for failing tests.
    silent: 'passed-only',
  },
})
