// The default corpus and the Hono pages, each built once per test file through the same pipeline
// as the server.
import { fileURLToPath } from 'node:url'
import { buildFromFolder, type Built } from '../../src/node/build-corpus.ts'

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url))
export const SHARED_DIR = fileURLToPath(new URL('../../../shared', import.meta.url))

let built: Promise<Built> | undefined
export const defaultCorpus = () => (built ??= buildFromFolder(CORPUS_DIR))

let hono: Promise<Built> | undefined
export const honoCorpus = () => (hono ??= buildFromFolder(`${SHARED_DIR}/corpora/hono-docs`))
