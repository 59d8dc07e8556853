// Clippings: the short forms developers and texters write for a longer word ("params",
// "config", "prod", "deps", "convo"). The documents may write the word in full only, or both
// ways; read as typed, a clipping they never write weighed as the rarest of topics, or as a name
// the documents lack, and the question was declined ("deploy to prod").

import type { Corpus } from './corpus.ts'
import { stem } from './terms.ts'
import type { Concept } from './question-types.ts'

/**
 * Clipped word → the word it is cut from: English clippings in common use in technical writing
 * and chat (as Wiktionary's "English clippings" lists them), each with one reading. Ambiguous
 * ones are left out: "auth" (authentication or authorization), "sync" and "async" (words of
 * their own), and those developers write as names of their own: "app" (Hono's `app`), "dev"
 * (`wrangler dev`), "props" (JSX's), "docs" (the reader's word for the documents themselves:
 * "I looked around the docs"), "req", "res", "ctx", "err", "fn", "obj" (variables of code
 * pasted without backticks: "return err.getResponse()").
 */
export const CLIPPINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    arg: 'argument',
    args: 'arguments',
    attr: 'attribute',
    attrs: 'attributes',
    cfg: 'configuration',
    config: 'configuration',
    configs: 'configurations',
    convo: 'conversation',
    convos: 'conversations',
    db: 'database',
    dbs: 'databases',
    dep: 'dependency',
    deps: 'dependencies',
    dir: 'directory',
    dirs: 'directories',
    env: 'environment',
    envs: 'environments',
    impl: 'implementation',
    info: 'information',
    lib: 'library',
    libs: 'libraries',
    meds: 'medication',
    msg: 'message',
    msgs: 'messages',
    param: 'parameter',
    params: 'parameters',
    perf: 'performance',
    pkg: 'package',
    pkgs: 'packages',
    prod: 'production',
    repo: 'repository',
    repos: 'repositories',
    spec: 'specification',
    specs: 'specifications',
    temp: 'temporary',
    tmp: 'temporary',
    var: 'variable',
    vars: 'variables',
  }),
)

/**
 * Reads a clipping in prose as the word it is cut from, where the documents write that word more
 * often than the clipping: the concept takes the full word's weight in the question and its
 * relatives, and is no name the documents lack. Where they write the clipping as often or more
 * ("env", 28 sentences of Hono's pages to 20 for "environment": their `c.env`), it is a name of
 * theirs, and is read as typed. `read` reads the full word as a concept (see conceptFor), only
 * when it is taken; the concept is changed in place.
 */
export function readClipping(
  corpus: Corpus,
  concept: Concept,
  full: string,
  read: (word: string) => Concept,
): void {
  const { index } = corpus
  if (index.frequency(stem(concept.word)) >= index.frequency(stem(full))) return
  const reading = read(full)
  for (const [t, w] of reading.alts) if ((concept.alts.get(t) ?? 0) < w) concept.alts.set(t, w)
  concept.salience = reading.salience
  concept.known = true
  concept.mentioned = true
  concept.name = false
}
