// Saves docs/screenshot.png: a real conversation on the chat page (a question, a follow-up and
// their citations), taken in Debian's chromium. Run: npm run screenshot
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { createApp } from '../src/app.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'

const { corpus } = await buildFromFolder(fileURLToPath(new URL('../corpus', import.meta.url)))
const server = serve({ fetch: createApp({ corpus }).fetch, port: 0, hostname: '127.0.0.1' })
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } })
  await page.goto(base)
  for (const [i, q] of ['What does exposure therapy involve?', 'How does it help?'].entries()) {
    await page.fill('#question', q)
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      (n) => document.querySelectorAll('#log .turn:not(.pending)').length === n,
      i + 1,
    )
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.waitForTimeout(600)
  const out = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url))
  await page.screenshot({ path: out })
  console.log(`Saved ${out}`)
} finally {
  await browser.close()
  server.close()
}
