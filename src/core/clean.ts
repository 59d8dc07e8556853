// Raw file → title, front matter and cleaned text. The cleaned text is the document as the reader sees
// it and the only text that citation offsets index into, so cleaning removes whole lines and never
// rewrites the words of the lines it keeps.

import { FENCE, isUnderline } from './sentences.ts'

export interface CleanedDoc {
  title: string
  source?: string
  tags: string[]
  text: string
}

/**
 * Lines that scrapers copy from a web page's navigation rather than its article. Matched on whole,
 * short lines only, so a sentence that mentions "search" is never touched.
 */
const CHROME_LINES = new Set([
  'logo',
  'home',
  'menu',
  'search',
  'contact',
  'contact us',
  'about',
  'about us',
  'login',
  'log in',
  'sign in',
  'sign up',
  'register',
  'subscribe',
  'share',
  'share this',
  'tweet',
  'print',
  'close',
  'skip to content',
  'skip to main content',
  'toggle navigation',
  'navigation',
  'main menu',
  'privacy policy',
  'terms of use',
  'terms of service',
  'cookie settings',
  'accept cookies',
  'follow us',
  'read more',
  'advertisement',
  'back to top',
  'next',
  'previous',
  'newsletter',
])

/**
 * A character that no line of CHROME_LINES has, however written: an ASCII one that is neither a
 * letter, a space nor a separator the match ignores (a digit, a "#", a "-", a backtick). Most short
 * lines have one, and are not lower-cased and rewritten twice to be looked up (cleaning 1 MB of
 * text in a fresh process: 50 ms → 34 ms). Any other character may lower-case
 * into a letter or be a separator: such a line is looked up.
 */
const NOT_NAVIGATION = /[^A-Za-z\s|>:\u0080-\uffff]/

const HASHTAG_LINE = /^\s*(?:#[\p{L}\p{N}_]+\s*)+$/u
const HASHTAG = /#([\p{L}\p{N}_]+)/gu
const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/

function parseFrontMatter(block: string): Record<string, string> {
  const fields: Record<string, string> = Object.create(null)
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!m) continue
    fields[m[1].toLowerCase()] = m[2].trim().replace(/^(['"])(.*)\1$/, '$2')
  }
  return fields
}

const wordCount = (line: string) => line.trim().split(/\s+/).filter(Boolean).length

/** A line that carries no article text: known navigation words, or a bare site name up top. */
function isChrome(line: string, beforeArticle: boolean): boolean {
  const t = line.trim()
  if (!t || t.length > 40) return false
  if (
    !NOT_NAVIGATION.test(t) &&
    CHROME_LINES.has(
      t
        .toLowerCase()
        .replace(/[|•·»›>:]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
  ) {
    return true
  }
  // Before the first real line, a one- or two-word line without punctuation or Markdown syntax is
  // a site name or a menu entry ("ZeroOpposite"), not a title: titles run longer.
  return beforeArticle && wordCount(t) <= 2 && /^[\p{L}\p{N}][\p{L}\p{N} &'-]*$/u.test(t)
}

function titleCase(line: string): string {
  const small = new Set([
    'a',
    'an',
    'and',
    'as',
    'at',
    'but',
    'by',
    'for',
    'in',
    'of',
    'on',
    'or',
    'the',
    'to',
  ])
  return line
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')
}

/** `broken-trust` → `Broken trust`: the last resort for a title. */
export function titleFromId(id: string): string {
  const words = id.split('/').pop()!.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim()
}

/** Most lines an HTML heading element is read over (see firstHeading). */
const HTML_HEADING_LINES = 12

/**
 * The text and level of the first heading outside code: written with "#", underlined ("General
 * guidance\n===="), or an HTML heading on a line of its own, as a README's centred header writes
 * its name (`<h1 align="center">Zod</h1>`, before badges and a "### [Read the docs →]" link).
 */
function firstHeading(text: string): { text: string; level: number } | undefined {
  const lines = text.split('\n')
  let fence: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const marker = FENCE.exec(line)?.[2]
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (marker) {
      fence = marker
      continue
    }
    const atx = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/.exec(line)
    if (atx) return { text: stripInlineMarkdown(atx[2]), level: atx[1].length }
    const next = lines[i + 1]
    const underline = next === undefined ? null : /^ {0,3}(?:(={3,})|-{3,})[ \t]*$/.exec(next)
    if (/^ {0,3}\S/.test(line) && underline)
      return { text: stripInlineMarkdown(line.replace(/^ {0,3}/, '')), level: underline[1] ? 1 : 2 }
    // An HTML heading, on its line or over the next few (`<h1 align="center">`, a logo, `</h1>`).
    const open = /^\s*<h([1-6])(?:\s[^>]*)?>/i.exec(line)
    if (open) {
      const close = new RegExp(`</h${open[1]}>`, 'i')
      let j = i
      while (!close.test(lines[j]) && j < i + HTML_HEADING_LINES && j + 1 < lines.length) j++
      const element = lines.slice(i, j + 1).join('\n')
      const inner = close.test(element) ? element.slice(open[0].length, element.search(close)) : ''
      const words = inner
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
      // A heading that is a logo says its name in the image's alternative text ("fast-check
      // logo": the name).
      const alt = /<img\s[^>]*\balt="([^"]+)"/i.exec(inner)?.[1]?.trim()
      const named = words || (alt && logoName(alt)) || alt
      if (named) return { text: stripInlineMarkdown(named), level: Number(open[1]) }
    }
  }
  return undefined
}

/**
 * The name a README's logo banner gives, when its document opens with one: the alternative text
 * of its first image, less "logo" or "banner", when that image is a logo ("logo", "title", "banner" or
 * "brand" in its address or its text), named in three words or fewer, and no badge. Hono's
 * README opens with `<div align="center"><a …><img src="…/hono-title.png" alt="Hono"/></a></div>`,
 * htmx's with `[![</> htmx](…/htmx_logo.1.png …)](https://htmx.org)`; their first headings are
 * "Quick Start" and "introduction".
 */
function logoBanner(text: string): string | undefined {
  const lines = text.split('\n')
  for (let i = 0, seen = 0; i < lines.length && seen < HTML_HEADING_LINES; i++) {
    const line = lines[i].trim()
    if (!line) continue
    seen++
    const image = LOGO_IMAGE.exec(line)
    if (image) {
      const alt = (image[1] ?? image[3] ?? '').replace(/[^\p{L}\p{N}.+\s-]+/gu, ' ').trim()
      const src = image[2] ?? image[4] ?? ''
      const name = logoName(alt)
      if (BADGE.test(src) || !LOGO.test(`${src} ${alt}`)) return undefined
      return name && name.split(/\s+/).length <= 3 ? name : undefined
    }
    // Only markup stands before the logo: a `<div>`, `<p>`, `<a>` or `<picture>` that holds it.
    if (!/^<\/?[a-z][^>]*>$/i.test(line)) return undefined
  }
  return undefined
}

/** An image, HTML (its alt and src in any order) or Markdown (`![alt](src …)`). */
const LOGO_IMAGE =
  /<img\s(?=[^>]*\balt="([^"]*)")(?=[^>]*\bsrc="([^"]*)")[^>]*>|!\[([^\]]*)\]\(\s*([^)\s]+)/i

/** A logo's alternative text less the word that says it is one: "fast-check logo", "Prettier Banner". */
const logoName = (alt: string) => alt.replace(/(?:^|\s+)(?:logo|banner)$/i, '').trim()

/** What a logo's address or text says it is. */
const LOGO = /logo|title|banner|brand/i

/** Where badges come from: a badge is the state of a build, a version, a licence, never a name. */
const BADGE = /shields\.io|badgen\.net|badge/i

function pickTitle(text: string, id: string, fm: Record<string, string>): string {
  if (fm.title) return fm.title
  const heading = firstHeading(text)
  // A page's own name, at the top, outranks a section heading further down.
  if (heading && heading.level === 1) return heading.text
  const banner = logoBanner(text)
  if (banner) return banner
  if (heading) return heading.text
  const first =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? ''
  // A clear first line reads like a title: short, and not a sentence that ends in a full stop.
  if (first && first.length <= 120 && !/[.!?:;,]$/.test(first)) {
    return first === first.toUpperCase() && /\p{Lu}/u.test(first) ? titleCase(first) : first
  }
  return titleFromId(id)
}

export function cleanDocument(raw: string, id: string): CleanedDoc {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  let fm: Record<string, string> = {}
  const front = FRONT_MATTER.exec(text)
  if (front) {
    fm = parseFrontMatter(front[1])
    text = text.slice(front[0].length)
  }

  const tags: string[] = []
  const kept: string[] = []
  let beforeArticle = true
  let inFence = false
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    if (!inFence) {
      if (HASHTAG_LINE.test(line)) {
        for (const m of line.matchAll(HASHTAG)) tags.push(m[1].toLowerCase())
        continue
      }
      // An underlined line is a heading ("General guidance\n===="), however short.
      const underlined = i + 1 < lines.length && isUnderline(lines[i + 1])
      if (!underlined && isChrome(line, beforeArticle)) continue
      if (beforeArticle && wordCount(line) >= 3) beforeArticle = false
    }
    kept.push(line)
  }
  text = kept
    .join('\n')
    // Trailing blanks, each run tried once from its start: /[ \t]+$/gm tried every blank of an
    // indented code line as a start and read on to the run's end (quadratic in its length).
    .replace(/(?<![ \t])[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

  return {
    title: pickTitle(text, id, fm),
    source: fm.source || fm.url || undefined,
    tags: [...new Set(tags)],
    text,
  }
}
