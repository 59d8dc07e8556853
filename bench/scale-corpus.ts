// A large real corpus nobody here wrote: the README files of the packages in node_modules, then
// their other Markdown, then (to reach tens of MB on a lean install) other documentation found on
// the machine. Files are taken in a fixed order (source, then path) and deduplicated by content, so
// a size always means the same prefix of the same pool on one machine.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { RawFile } from '../src/core/types.ts'

const ROOT = new URL('..', import.meta.url).pathname

export interface PoolFile extends RawFile {
  source: string
}

function globalNodeModules(): string | undefined {
  try {
    return execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}

/** Sources in the order they are drawn from: each a folder and which files of it count. */
function sources() {
  const g = globalNodeModules()
  const readme = /(^|\/)readme\.(md|markdown)$/i
  const markdown = /\.(md|markdown)$/i
  const docs = /\.(md|markdown|rst|txt)$/i
  const list = [
    { name: 'node_modules README', dir: join(ROOT, 'node_modules'), test: readme },
    ...(g ? [{ name: 'global node_modules README', dir: g, test: readme }] : []),
    { name: 'node_modules other Markdown', dir: join(ROOT, 'node_modules'), test: markdown },
    ...(g ? [{ name: 'global node_modules other Markdown', dir: g, test: markdown }] : []),
    ...(process.env.SCALE_EXTRA ?? '/usr/share/doc:/usr/share/cmake-3.25/Help:/root/.pyenv')
      .split(':')
      .filter(Boolean)
      .map((dir) => ({ name: `docs under ${dir}`, dir, test: docs })),
  ]
  return list
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Prose, not data: mostly letters and spaces. */
function isProse(text: string): boolean {
  let letters = 0
  for (let i = 0; i < text.length; i += 7) {
    const c = text.charCodeAt(i)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32) letters++
  }
  return letters / Math.ceil(text.length / 7) >= 0.7
}

/** Markdown without its fenced code blocks: the corpus is meant to be prose. */
export const stripCode = (text: string) =>
  text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')

export function collectPool(limitBytes: number): PoolFile[] {
  const out: PoolFile[] = []
  const seenContent = new Set<string>()
  const seenPath = new Set<string>()
  let bytes = 0
  for (const src of sources()) {
    let entries: string[]
    try {
      entries = (readdirSync(src.dir, { recursive: true }) as string[]).sort()
    } catch {
      continue
    }
    for (const entry of entries) {
      if (bytes >= limitBytes) return out
      if (!src.test.test(entry)) continue
      const full = join(src.dir, entry)
      if (seenPath.has(full)) continue
      seenPath.add(full)
      let content: string
      try {
        const st = statSync(full)
        if (!st.isFile() || st.size < 300 || st.size > 1_000_000) continue
        content = utf8.decode(readFileSync(full))
      } catch {
        continue
      }
      if (content.includes('\u0000')) continue
      content = /\.(md|markdown)$/i.test(entry) ? stripCode(content) : content
      if (content.length < 300 || !isProse(content)) continue
      if (seenContent.has(content)) continue
      seenContent.add(content)
      const ext = /\.(md|markdown|txt)$/i.test(entry) ? '' : '.txt'
      out.push({
        path: `${out.length.toString().padStart(5, '0')}/${entry}${ext}`,
        content,
        source: src.name,
      })
      bytes += Buffer.byteLength(content)
    }
  }
  return out
}

/**
 * The first files of the pool that add up to `bytes` of text (the last one cut at a line). When the
 * pool is smaller, it is taken again under new paths ("copy2/…"): more text, but no new words.
 */
export function takeBytes(pool: PoolFile[], bytes: number): PoolFile[] {
  const out: PoolFile[] = []
  let size = 0
  const cycled = function* () {
    for (let copy = 1; ; copy++)
      for (const f of pool) yield copy === 1 ? f : { ...f, path: `copy${copy}/${f.path}` }
  }
  if (!pool.length) return out
  for (const f of cycled()) {
    if (size >= bytes) break
    const room = bytes - size
    const len = Buffer.byteLength(f.content)
    if (len <= room) {
      out.push(f)
      size += len
    } else {
      const cut = f.content.slice(0, f.content.lastIndexOf('\n', room) + 1 || room)
      out.push({ ...f, content: cut })
      size += Buffer.byteLength(cut)
    }
  }
  return out
}
