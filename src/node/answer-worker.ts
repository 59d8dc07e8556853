// One answering thread of the pool (answer-pool.ts). It loads the index the main thread built and
// packed (index-transfer.ts; as a Cloudflare worker loads build/index.js: no WordNet read, no
// second ingest), then answers each batch of questions it is sent and posts the answers back in one
// message, already as the JSON the response carries: a string crosses threads for a copy, where an object is rebuilt
// field by field and then serialised again on the main thread, which is the one that is busy.
import { parentPort, workerData } from 'node:worker_threads'
import { answerQuestion } from '../core/answer.ts'
import { answerConversation } from '../core/conversation.ts'
import { loadCorpus } from '../core/corpus.ts'
import type { Job, Reply } from './answer-pool.ts'
import { unpackIndex } from './index-transfer.ts'

// The bytes are shared with the main thread (kept there to load a replacement thread), not copied.
const corpus = loadCorpus(unpackIndex((workerData as { index: SharedArrayBuffer }).index))

/** One job's answer (a conversation's, all its answers), or its error's message: a fault fails only its own request. */
function answerOne(job: Job): Reply {
  const { id, options } = job
  try {
    const answered =
      'conversation' in job
        ? answerConversation(corpus, job.conversation, options)
        : answerQuestion(corpus, job.question, job.history, options)
    return { id, json: JSON.stringify(answered) }
  } catch (err) {
    return { id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }
  }
}

// Each batch comes as the JSON text of its jobs (see dispatch in answer-pool.ts).
parentPort!.on('message', (jobs: string) =>
  parentPort!.postMessage((JSON.parse(jobs) as Job[]).map(answerOne)),
)
parentPort!.postMessage('ready')
