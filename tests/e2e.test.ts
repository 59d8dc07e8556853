// The chat page in a real browser (Debian's chromium, driven by playwright-core): the server runs
// in-process on a free port of 127.0.0.1, under its real Content-Security-Policy.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { defaultCorpus, honoCorpus, SHARED_DIR } from './support/corpus.ts'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium)
  console.warn(`e2e: skipped, ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run does)`)

const XSS = '<img src=x onerror=alert(1)>'

let server: ServerType
let base: string
let browser: Browser

beforeAll(async () => {
  if (!hasChromium) return
  const { corpus } = await defaultCorpus()
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: createApp({ corpus }).fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(s),
    )
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => (server ? server.close(r) : r(undefined)))
})

const answered = (page: Page, n: number) =>
  page.waitForFunction(
    (count) => document.querySelectorAll('#log .turn:not(.pending)').length === count,
    n,
  )

async function ask(page: Page, question: string, turns: number) {
  await page.fill('#question', question)
  await page.keyboard.press('Enter')
  // The question shows at once, before the answer arrives, and the box is cleared.
  await page.waitForFunction(
    (q) => [...document.querySelectorAll('#log .msg.user')].some((m) => m.textContent?.includes(q)),
    question,
  )
  expect(await page.inputValue('#question')).toBe('')
  await answered(page, turns)
}

async function seriousViolations(page: Page) {
  const require = createRequire(import.meta.url)
  const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axe)
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> }
    }
    return (await w.axe.run()).violations
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

describe.skipIf(!hasChromium)('the chat page in Chromium', () => {
  it('answers with citations, follows up, shows markup as text, opens a citation, passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    const problems: string[] = []
    let dialogs = 0
    page.on('dialog', async (d) => {
      dialogs++
      await d.dismiss()
    })
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))

    await page.goto(base)
    expect(await page.locator('.suggestion').count()).toBeGreaterThanOrEqual(3)
    // Layout shift (Core Web Vitals' CLS), counted from here on, input-caused shifts included.
    await page.evaluate(() => {
      const w = window as unknown as { shift: number }
      w.shift = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shift += (e as unknown as { value: number }).value
      }).observe({ type: 'layout-shift' })
    })

    await ask(page, 'What is attachment trauma?', 1)
    const first = page.locator('#log .turn').nth(0)
    expect(await first.locator('a.marker').count()).toBeGreaterThan(0)
    expect(await first.locator('.citation a.title').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question')

    await ask(page, 'How can it be treated?', 2)
    expect(await page.locator('#log .turn').nth(1).locator('.citation').count()).toBeGreaterThan(0)
    expect(await page.locator('#state input[name="asked"]').count()).toBe(2)

    await ask(page, XSS, 3)
    await page.waitForTimeout(300)
    expect(await page.locator('#log .msg.user p:not(.who)').nth(2).textContent()).toBe(XSS)
    expect(await page.locator('#log img').count()).toBe(0)
    expect(dialogs).toBe(0)

    // Shift+Enter adds a line instead of sending.
    await page.fill('#question', 'one')
    await page.keyboard.press('Shift+Enter')
    await page.keyboard.type('two')
    expect(await page.inputValue('#question')).toBe('one\ntwo')
    expect(await page.locator('#log .turn').count()).toBe(3)
    await page.fill('#question', '')

    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift)
    console.log(`e2e: layout shift over three answers: ${shift.toFixed(4)}`)
    expect(shift).toBeLessThan(0.1)

    // Nothing overflows a phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)

    expect(await seriousViolations(page)).toEqual([])

    const link = first.locator('.citation a.title').first()
    const href = new URL((await link.getAttribute('href'))!, base)
    const id = decodeURIComponent(href.pathname.replace('/documents/', ''))
    const { text } = (await (await fetch(`${base}/api/documents/${id}`)).json()) as { text: string }
    const cited = text.slice(
      Number(href.searchParams.get('from')),
      Number(href.searchParams.get('to')),
    )
    const [doc] = await Promise.all([context.waitForEvent('page'), link.click()])
    await doc.waitForLoadState()
    expect(doc.url()).toMatch(/\/documents\/[^?]+\?from=\d+&to=\d+#p\d+$/)
    const mark = doc.locator('mark').first()
    expect(await mark.textContent()).toBe(cited)
    const box = await mark.boundingBox()
    expect(box && box.y >= 0 && box.y < 800).toBe(true)
    expect(await seriousViolations(doc)).toEqual([])

    expect(problems).toEqual([])
    await context.close()
  })

  it('passes axe in the dark colour scheme on a desktop', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'dark',
    })
    const page = await context.newPage()
    await page.goto(base)
    await ask(page, 'What is the capital of France?', 1)
    expect(await page.locator('#log .suggestion').count()).toBeGreaterThan(0)
    await page.locator('#log .suggestion').first().click()
    await answered(page, 2)
    expect(await page.locator('#log .turn').nth(1).locator('.citation').count()).toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('works without JavaScript: the form posts and the whole page comes back', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(base)
    await page.fill('#question', 'What does exposure therapy involve?')
    await Promise.all([page.waitForURL(`${base}/chat`), page.click('button.send')])
    expect(await page.locator('#log .turn').count()).toBe(1)
    expect(await page.locator('#log .citation').count()).toBeGreaterThan(0)
    await page.fill('#question', 'How long does it take?')
    await Promise.all([page.waitForLoadState(), page.click('button.send')])
    await page.locator('#log .turn').nth(1).waitFor()
    expect(await page.locator('#log .msg.user p:not(.who)').allTextContents()).toEqual([
      'What does exposure therapy involve?',
      'How long does it take?',
    ])
    await context.close()
  })
})

const hasHono = existsSync(`${SHARED_DIR}/corpora/hono-docs`)

describe.skipIf(!hasChromium || !hasHono)('quoted Markdown in Chromium (the Hono docs)', () => {
  let hono: ServerType
  let honoBase: string
  beforeAll(async () => {
    const { corpus } = await honoCorpus()
    hono = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: createApp({ corpus }).fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(s),
      )
    })
    honoBase = `http://127.0.0.1:${(hono.address() as AddressInfo).port}`
  }, 60_000)
  afterAll(() => new Promise((r) => (hono ? hono.close(r) : r(undefined))))

  it('shows links, code, lists and table rows readable on a phone, in both schemes, passing axe', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 800 },
        colorScheme,
      })
      const page = await context.newPage()
      await page.goto(honoBase)
      const questions = [
        'Deno + Hono: the server comes up on 8000 by default, how can I change it to 8787?',
        'secureheaders how turn off x-frame-options i need to iframe my app',
        'Which Node.js versions does Hono support? Our CI still runs Node 18.12.',
      ]
      for (const [i, q] of questions.entries()) await ask(page, q, i + 1)
      const log = page.locator('#log')
      expect(await log.locator('.quote-table td').count()).toBeGreaterThan(0)
      expect(await log.locator('.answer li').count()).toBeGreaterThan(0)
      expect(await log.locator('.answer pre code').count()).toBeGreaterThan(0)
      expect(await log.locator('.answer a[href^="https://"]').count()).toBeGreaterThan(0)
      const shown = (await log.locator('.answer, .citation blockquote').allInnerTexts()).join('\n')
      for (const syntax of ['](', '```', ':::']) expect(shown).not.toContain(syntax)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      )
      expect(await seriousViolations(page)).toEqual([])

      // A citation's document page reads the same Markdown, with the cited words still marked.
      const link = log.locator('.citation a.title').last()
      const href = new URL((await link.getAttribute('href'))!, honoBase)
      const [doc] = await Promise.all([context.waitForEvent('page'), link.click()])
      await doc.waitForLoadState()
      const article = (await doc.locator('article').innerText()).replace(/\s+/g, ' ')
      for (const syntax of ['](', '```', ':::']) expect(article).not.toContain(syntax)
      const marked = (await doc.locator('mark').allTextContents()).join('').replace(/\s+/g, ' ')
      expect(marked.length).toBeGreaterThan(0)
      const id = decodeURIComponent(href.pathname.replace('/documents/', ''))
      const res = await fetch(`${honoBase}/api/documents/${id}`)
      const { text } = (await res.json()) as { text: string }
      const cited = text.slice(
        Number(href.searchParams.get('from')),
        Number(href.searchParams.get('to')),
      )
      // The marked words are the cited span's, its Markdown syntax left out.
      const seen = cited
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[`*]|^[-#|:\s]+/gm, '')
        .replace(/\s+/g, ' ')
      expect(seen.replace(/[\s|]/g, '')).toContain(marked.replace(/[\s|]/g, ''))
      const box = await doc.locator('mark').first().boundingBox()
      expect(box && box.y >= 0 && box.y < 800).toBe(true)
      expect(await doc.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      )
      expect(await seriousViolations(doc)).toEqual([])
      await context.close()
    }
  })

  it('fits long unbroken text of a document page in 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    // A bare URL in a "> https://…" line, and list text "([path,]handler|middleware...)".
    for (const id of ['getting-started-cloudflare-workers', 'api-hono']) {
      await page.goto(`${honoBase}/documents/${id}`)
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        id,
      ).toBeLessThanOrEqual(375)
    }
    await context.close()
  })
})
