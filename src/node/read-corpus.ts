// The one place that touches the file system: reads every .md/.markdown/.txt file under a folder,
// nested folders included, in a stable order. Bytes that are not UTF-8 are reported, not guessed.

import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { SettingError } from '../config.ts'
import { MAX_FILE_CHARS } from '../core/ingest.ts'
import type { RawFile } from '../core/types.ts'

export const CORPUS_EXTENSIONS = /\.(md|markdown|txt)$/i

/**
 * Files with more bytes than this are skipped unread: UTF-8 spends at most 3 bytes per UTF-16 unit,
 * so such a file is surely over MAX_FILE_CHARS, and reading a multi-gigabyte file to find that out
 * could exhaust memory at start.
 */
export const MAX_FILE_BYTES = 3 * MAX_FILE_CHARS

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
    throw new SettingError(
      `Verbatim: cannot read the corpus folder ${dir} (CORPUS_DIR): ${(err as Error).message}`,
    )
  }
  for (const entry of entries.sort()) {
    if (!CORPUS_EXTENSIONS.test(entry) || entry.split(sep).some((p) => p.startsWith('.'))) continue
    const path = relative(dir, join(dir, entry)).split(sep).join('/')
    try {
      const info = await stat(join(dir, entry))
      if (info.isDirectory()) continue
      // A FIFO or device named x.md would block the start forever, or never end.
      if (!info.isFile()) {
        unreadable.push({ path, reason: 'not a regular file' })
        continue
      }
      if (info.size > MAX_FILE_BYTES) {
        unreadable.push({
          path,
          reason: `larger than ${MAX_FILE_BYTES.toLocaleString('en')} bytes`,
        })
        continue
      }
      const bytes = await readFile(join(dir, entry))
      files.push({ path, content: utf8.decode(bytes) })
    } catch (err) {
      unreadable.push({
        path,
        reason: err instanceof TypeError ? 'not valid UTF-8' : (err as Error).message,
      })
    }
  }
  return { files, unreadable }
}
