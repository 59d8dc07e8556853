// Questions that arrive together are answered together. Under load a server reads many requests in
// one turn of Node's event loop; answering each as it is read interleaved the pipeline with the
// HTTP code of the next request, and each evicted the other from the CPU's caches: the pipeline
// took 80–90 µs a question between requests against 55 µs in a loop, and the HTTP path around it
// twice what it takes around a fixed reply. Run instead after the loop has read what is waiting
// (setImmediate's phase), up to BATCH at a time, the questions of one turn share warm caches: 7,000
// to 8,000 answers a second instead of 5,500 on 2 cores, with a lower p99. Batching shares no
// state between the questions it groups; each answer is what it would be alone.
//
// Where there is no setImmediate (a Cloudflare worker, whose isolate serves its requests as they
// come), the work runs at once, as before.

/** Most questions answered in one go before the loop may read and write again. */
export const BATCH = 16

type Job = () => void

const waiting: Job[] = []
let scheduled = false

const later = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate

function drain() {
  scheduled = false
  const jobs = waiting.splice(0, BATCH)
  // The rest, after the replies of these are written and what has arrived since is read.
  if (waiting.length) schedule()
  for (const job of jobs) job()
}

function schedule() {
  if (scheduled || !later) return
  scheduled = true
  later(drain)
}

/** The result of `work`, run with the other questions of this turn of the event loop. */
export function batched<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const job = () => {
      try {
        resolve(work())
      } catch (err) {
        reject(err)
      }
    }
    if (!later) return job()
    waiting.push(job)
    schedule()
  })
}
