// Workers entry: the index was built ahead of time by `npm run build` (wrangler.toml runs it), so the
// isolate only parses it once at start and never builds anything on a request.
import { createApp } from './app.ts'
import { loadCorpus } from './core/corpus.ts'
import index from '../build/index.js'

export default createApp({ corpus: loadCorpus(JSON.parse(index)) })
