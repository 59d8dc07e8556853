// The one place that touches the file system: reads every .md/.markdown/.txt file under a folder,
// nested folders included, in a stable order. Bytes that are not UTF-8 are reported, not guessed.

import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { RawFile } from '../core/types.ts'

export const CORPUS_EXTENSIONS = /\.(md|markdown|txt)$/i

export interface ReadResult {
  files: RawFile[]
  /** Files that could not be read at all (permissions, not UTF-8), with the reason. */
  unreadable: Array<{ path: string; reason: string }>
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

export async function readCorpus(dir: string): Promise<ReadResult> {
  const files: RawFile[] = []
  const unreadable: ReadResult['unreadable'] = []
  let entries: string[]
  try {
    entries = (await readdir(dir, { recursive: true })) as string[]
  } catch (err) {
    throw new Error(`Verbatim: cannot read the corpus folder ${dir}: ${(err as Error).message}`)
  }
  for (const entry of entries.sort()) {
    if (!CORPUS_EXTENSIONS.test(entry) || entry.split(sep).some((p) => p.startsWith('.'))) continue
    const path = relative(dir, join(dir, entry)).split(sep).join('/')
    try {
      const bytes = await readFile(join(dir, entry))
      files.push({ path, content: utf8.decode(bytes) })
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EISDIR') continue
      unreadable.push({
        path,
        reason: err instanceof TypeError ? 'not valid UTF-8' : (err as Error).message,
      })
    }
  }
  return { files, unreadable }
}
