export {}
// The real Node entry, plus an IPC probe for the load test: on 'mem' it runs a full GC and sends
// back process.memoryUsage(), so memory is compared after collection, not at a random moment.
process.on('message', (m) => {
  if (m !== 'mem') return
  ;(globalThis as { gc?: () => void }).gc?.()
  process.send?.(process.memoryUsage())
})
await import('../src/node.ts')
