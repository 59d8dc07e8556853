export {}
// The real Node entry, plus an IPC probe for the load test: on 'mem' it runs a full GC and sends
// back process.memoryUsage(), so memory is compared after collection, not at a random moment.
// Two collections with a pause between: sockets the load just closed are released asynchronously,
// and one pass can leave their buffers for the next.
process.on('message', (m) => {
  if (m !== 'mem') return
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  setTimeout(() => {
    gc?.()
    process.send?.(process.memoryUsage())
  }, 500)
})
await import('../src/node.ts')
