import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../src/app.ts'
import { loadCorpus } from '../src/core/corpus.ts'
import { ingest } from '../src/core/ingest.ts'
import { suggestQuestions } from '../src/core/suggest.ts'
import type { Corpus } from '../src/core/corpus.ts'
import { defaultCorpus } from './support/corpus.ts'

let app: App
let corpus: Corpus
beforeAll(async () => {
  corpus = (await defaultCorpus()).corpus
  app = createApp({ corpus })
})

const ORIGIN = 'http://localhost'

function post(
  fields: Array<[string, string]>,
  { htmx = false, headers = { origin: ORIGIN } as Record<string, string> } = {},
) {
  return app.request('/chat', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(htmx ? { 'hx-request': 'true' } : {}),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  })
}

/** Citation links in rendered HTML, as [docId, start, end]. */
const citedSpans = (html: string) =>
  [
    ...html.matchAll(
      /<li class="citation"[^>]*><span[^>]*>[^<]*<\/span><a class="title" href="\/documents\/([^?"]+)\?from=(\d+)&amp;to=(\d+)#p\d+"/g,
    ),
  ].map((m) => [decodeURIComponent(m[1]), Number(m[2]), Number(m[3])])

const apiAnswer = async (question: string, history: unknown[] = []) =>
  (
    await app.request('/api/answer', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, history }),
    })
  ).json()

describe('GET /', () => {
  it('renders the empty chat: a polite log, a labelled textarea, corpus titles, suggestions', async () => {
    const res = await app.request('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('vary')).toContain('HX-Request')
    const html = await res.text()
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toMatch(/<div id="log" role="log" aria-live="polite"/)
    expect(html).toContain('<label for="question">')
    expect(html).toMatch(/<textarea id="question" name="question"/)
    for (const d of corpus.data.docs) expect(html).toContain(d.title)
    const buttons = [...html.matchAll(/name="suggest" value="([^"]+)"/g)]
    expect(buttons.length).toBeGreaterThanOrEqual(3)
    expect(buttons.length).toBeLessThanOrEqual(4)
  })

  it('loads htmx and its own script from /assets, never from another origin', async () => {
    const html = await (await app.request('/')).text()
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])
    expect(scripts).toHaveLength(2)
    for (const src of scripts) expect(src).toMatch(/^\/assets\//)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/)
  })
})

describe('suggested questions', () => {
  it('are all answered by the documents', async () => {
    for (const q of suggestQuestions(corpus, 4)) {
      const body = await apiAnswer(q)
      expect(body.found, q).toBe(true)
    }
  })
})

describe('POST /chat', () => {
  it('answers htmx with only the new turn and the updated state', async () => {
    const res = await post([['question', 'What does exposure therapy involve?']], { htmx: true })
    expect(res.status).toBe(200)
    expect(res.headers.get('vary')).toContain('HX-Request')
    const html = await res.text()
    expect(html).not.toContain('<html')
    expect(html).toMatch(/^<article class="turn"/)
    expect(html).toContain('<hx-partial hx-target="#state" hx-swap="innerHTML">')
    expect(html).toContain('name="asked" value="What does exposure therapy involve?"')
    expect(html).toContain('name="n" value="1"')
    const api = await apiAnswer('What does exposure therapy involve?')
    expect(citedSpans(html)).toEqual(
      api.citations.map((c: { docId: string; start: number; end: number }) => [
        c.docId,
        c.start,
        c.end,
      ]),
    )
    // Each marker links to its entry in the list below.
    for (const c of api.citations) {
      expect(html).toContain(`href="#c1-${c.id}"`)
      expect(html).toContain(`id="c1-${c.id}"`)
    }
  })

  it('answers a plain form post with the whole page, conversation included', async () => {
    const res = await post([
      ['asked', 'What is attachment trauma?'],
      ['n', '1'],
      ['question', 'What does exposure therapy involve?'],
    ])
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html.match(/<article class="turn"/g)).toHaveLength(2)
    expect(html).toContain('What is attachment trauma?</p>')
    expect(html).toContain('name="n" value="2"')
  })

  it('answers a follow-up exactly as the API does with the same history', async () => {
    const first = 'What is attachment trauma?'
    const follow = 'How can it be treated?'
    const a1 = await apiAnswer(first)
    const api = await apiAnswer(follow, [
      { role: 'user', content: first },
      { role: 'assistant', content: a1.answer },
    ])
    const html = await (
      await post(
        [
          ['asked', first],
          ['n', '1'],
          ['question', follow],
        ],
        { htmx: true },
      )
    ).text()
    expect(api.found).toBe(true)
    expect(citedSpans(html)).toEqual(
      api.citations.map((c: { docId: string; start: number; end: number }) => [
        c.docId,
        c.start,
        c.end,
      ]),
    )
  })

  it('cites the code sample that is all a section says, shown as code and escaped', async () => {
    const docs = loadCorpus(
      ingest([
        {
          path: 'routing.md',
          content: [
            '# Routing',
            '',
            'Routes match paths in the order they are registered.',
            '',
            '## Optional Parameter',
            '',
            '```ts',
            '// Will match `/api/animal` and `/api/animal/:type`',
            "app.get('/api/animal/:type?', (c) => c.html('<b>Animal!</b>'))",
            '```',
          ].join('\n'),
        },
      ]),
    )
    const page = await createApp({ corpus: docs }).request('/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams([['question', 'How do I make a parameter optional?']]).toString(),
    })
    const html = await page.text()
    expect(html).toContain(
      '<pre><code>// Will match `/api/animal` and `/api/animal/:type`\napp.get(&#39;/api/animal/:type?&#39;, (c) =&gt; c.html(&#39;&lt;b&gt;Animal!&lt;/b&gt;&#39;))</code></pre>',
    )
    expect(html).not.toContain('<b>Animal!</b>')
  })

  it('shows quoted Markdown read, not as syntax: links, code, fenced samples, containers', async () => {
    const content = [
      '# Installing Zod',
      '',
      'Zod is a TypeScript-first validation library.',
      '',
      '## Installation',
      '',
      'To install Zod, follow the [installation guide](https://zod.dev/install) and run the command of your package manager, then import `z` from **zod**:',
      '',
      '::: code-group',
      '',
      '```sh [npm]',
      'npm i zod',
      '```',
      '',
      '```sh [pnpm]',
      'pnpm add zod',
      '```',
      '',
      ':::',
      '',
      '::: tip',
      'Zod needs *strict mode* in your `tsconfig.json`.',
      ':::',
      '',
      '## Hypnosis',
      '',
      'Hypnotherapy is explained on [this page](javascript:alert(1)) and <script>alert(2)</script> stays text.',
    ].join('\n')
    const small = createApp({ corpus: loadCorpus(ingest([{ path: 'zod.md', content }])) })
    const ask = async (question: string) => {
      const form = new URLSearchParams({ question }).toString()
      const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN }
      const html = await (
        await small.request('/chat', { method: 'POST', headers, body: form })
      ).text()
      const api = await (
        await small.request('/api/answer', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question }),
        })
      ).json()
      return { html, api }
    }

    const { html, api } = await ask('How do I install Zod?')
    // The API still quotes the document verbatim, syntax and all, at exact offsets.
    const c = api.citations[0]
    expect(c.text).toContain('[installation guide](https://zod.dev/install)')
    expect(c.text).toContain('```sh [npm]')
    expect(content.slice(c.start, c.end)).toBe(c.text)
    const answer = html.slice(
      html.indexOf('<div class="answer">'),
      html.indexOf('<h2 class="sources">'),
    )
    expect(answer).toContain(
      '<a href="https://zod.dev/install" target="_blank" rel="noopener noreferrer">installation guide<span class="visually-hidden"> (opens in a new tab)</span></a>',
    )
    expect(answer).toContain('<code>z</code>')
    expect(answer).toContain('<strong>zod</strong>')
    expect(answer).toContain('<em>strict mode</em>')
    // The tab name of a code group is a label; the info string is not code.
    expect(answer).toContain('<p class="quote-label">npm</p><pre><code>npm i zod</code></pre>')
    // The source list reads its excerpt the same way.
    const sources = html.slice(html.indexOf('<ol class="citations">'))
    expect(sources).toContain('<a href="https://zod.dev/install"')
    expect(sources).toContain('<pre><code>npm i zod</code></pre>')
    for (const part of [answer, sources]) {
      for (const syntax of ['](', '```', ':::', 'code-group', '[npm]', '**', '`']) {
        expect(part).not.toContain(syntax)
      }
    }

    const hostile = await ask('What is hypnotherapy?')
    expect(hostile.api.citations[0].text).toContain('[this page](javascript:alert(1))')
    expect(hostile.html).not.toContain('javascript:')
    expect(hostile.html).not.toContain('<script>alert')
    expect(hostile.html).toContain(
      'Hypnotherapy is explained on this page and &lt;script&gt;alert(2)&lt;/script&gt; stays text.',
    )
  })

  it('shows markup in a question as text', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    for (const htmx of [true, false]) {
      const html = await (await post([['question', evil]], { htmx })).text()
      expect(html).not.toContain('<img src=x')
      expect(html).not.toContain('<script>alert')
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    }
  })

  it('abstains on an uncovered question and offers questions the documents answer', async () => {
    const html = await (
      await post([['question', 'What is the capital of France?']], { htmx: true })
    ).text()
    expect(html).toContain('do not answer')
    expect(html).not.toContain('You could ask:')
    const offered = [...html.matchAll(/name="suggest" value="([^"]+)"/g)].map((m) => m[1])
    expect(offered.length).toBeGreaterThan(0)
    for (const q of offered) expect((await apiAnswer(q.replace(/&#39;/g, "'"))).found).toBe(true)
  })

  it("offers the page's next part apart from the nearest passages when reading on finds the part ended", async () => {
    const docs = loadCorpus(
      ingest([
        {
          path: 'setup.md',
          content: [
            '# Setup',
            '',
            '## Install',
            '',
            'First, install the package with your package manager.',
            '',
            '## Deploy',
            '',
            'Deploying the package needs an account.',
          ].join('\n'),
        },
      ]),
    )
    const html = await (
      await createApp({ corpus: docs }).request('/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
        body: new URLSearchParams([
          ['asked', 'How do I install the package?'],
          ['n', '1'],
          ['question', 'And then?'],
        ]).toString(),
      })
    ).text()
    const turn = html.slice(html.lastIndexOf('<article class="turn"'))
    expect(turn).toContain('Nothing follows the last answer')
    // Under its own label, never among "the nearest passages, which do not answer it".
    const goesOn = turn.indexOf('The page goes on:')
    expect(goesOn).toBeGreaterThan(-1)
    expect(turn.indexOf('Deploying the package needs an account.')).toBeGreaterThan(goesOn)
    const nearest = turn.indexOf('which do not answer it')
    if (nearest > -1) expect(turn.slice(nearest)).not.toContain('Deploying the package')
  })

  it('takes a suggestion button over the textarea', async () => {
    const html = await (
      await post(
        [
          ['question', ''],
          ['suggest', 'What is trust?'],
        ],
        { htmx: true },
      )
    ).text()
    expect(html).toContain('<p>What is trust?</p>')
  })

  it('carries at most 25 earlier questions (50 history turns), dropping the oldest', async () => {
    const asked = Array.from({ length: 30 }, (_, i): [string, string] => [
      'asked',
      `Question ${i}?`,
    ])
    const html = await (
      await post([...asked, ['n', '30'], ['question', 'What is trust?']], { htmx: true })
    ).text()
    const carried = [...html.matchAll(/name="asked" value="([^"]+)"/g)].map((m) => m[1])
    expect(carried).toHaveLength(25)
    expect(carried[0]).toBe('Question 6?')
    expect(carried.at(-1)).toBe('What is trust?')
    expect(html).toContain('name="n" value="31"')
  })

  it('refuses an empty question with a fragment meant to be shown', async () => {
    const res = await post([['question', '   ']], { htmx: true })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('role="alert"')
    expect(html).toContain('Type a question first')
  })

  it('refuses a question over 2,000 characters', async () => {
    const res = await post([['question', 'trust '.repeat(400)]])
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('longer than 2000 characters')
  })

  it('refuses posts from other sites (CSRF) and accepts same-origin fetch metadata', async () => {
    const q: Array<[string, string]> = [['question', 'What is trust?']]
    expect((await post(q, { headers: {} })).status).toBe(403)
    expect((await post(q, { headers: { origin: 'https://evil.example' } })).status).toBe(403)
    const cross = await post(q, { headers: { 'sec-fetch-site': 'cross-site' } })
    expect(cross.status).toBe(403)
    expect(await cross.text()).toContain('only accepts questions sent from its own page')
    expect((await post(q, { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(200)
  })
})

describe('GET /documents/:id', () => {
  it('shows the whole document with the cited span marked in an anchored passage', async () => {
    const api = await apiAnswer('What does exposure therapy involve?')
    const c = api.citations[0]
    const res = await app.request(`/documents/${c.docId}?from=${c.start}&to=${c.end}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(`<mark>${c.text.replace(/'/g, '&#39;')}</mark>`)
    expect(html).toMatch(/<section id="p\d+" class="cited">/)
    // Every sentence of the document is on the page.
    const doc = corpus.docs.get(c.docId)!
    for (const s of corpus.data.sentences
      .list()
      .filter((s) => s.docId === c.docId && s.kind === 'sentence'))
      expect(html).toContain(doc.text.slice(s.start, s.end).replace(/'/g, '&#39;').slice(0, 40))
  })

  it('answers an unknown id with a readable 404 page', async () => {
    const res = await app.request('/documents/nope/not-here')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('No such document')
  })

  it('links the original with a text fragment only for http(s) sources', async () => {
    const files = [
      {
        path: 'guides/faq.md',
        content:
          '---\ntitle: Faq\nsource: https://example.org/faq#top\n---\n\nExposure therapy involves gradual confrontation of feared situations, step by step.\n',
      },
      {
        path: 'evil.md',
        content:
          '---\ntitle: Evil\nsource: javascript:alert(1)\n---\n\nHypnotherapy involves a trance-like state of focused attention.\n',
      },
    ]
    const small = createApp({ corpus: loadCorpus(ingest(files)) })
    const ask = (question: string) =>
      small.request('/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
        body: new URLSearchParams({ question }).toString(),
      })
    const html = await (await ask('What does exposure therapy involve?')).text()
    expect(html).toContain('href="/documents/guides/faq?from=')
    expect(html).toContain('href="https://example.org/faq#:~:text=')
    const evil = await (await ask('What does hypnotherapy involve?')).text()
    expect(evil).toContain('href="/documents/evil?from=')
    expect(evil).not.toContain('javascript:')
    const page = await (await small.request('/documents/guides/faq')).text()
    expect(page).toContain('href="https://example.org/faq"')
  })
})

describe('assets and headers', () => {
  it('serves htmx from the installed htmx.org package, cacheable for a year', async () => {
    const html = await (await app.request('/')).text()
    const src = html.match(/<script src="(\/assets\/htmx-[^"]+)"/)![1]
    const res = await app.request(src)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('cache-control')).toContain('immutable')
    const require = createRequire(import.meta.url)
    const shipped = readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8')
    expect(shipped.startsWith((await res.text()).slice(0, 2000))).toBe(true)
    expect((await app.request('/assets/nope.js')).status).toBe(404)
  })

  it('sends the security headers on pages, API replies and 404s', async () => {
    for (const res of [
      await app.request('/'),
      await app.request('/healthz'),
      await app.request('/no/such/route'),
    ]) {
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    }
  })
})

describe('GET /documents/:id with Markdown', () => {
  const markdown = [
    '---',
    'title: Routing',
    'source: https://example.org/guide/routing',
    '---',
    '',
    '# Routing',
    '',
    'Use the [router](/docs/api/routing) to match paths. Call `app.get()` with a path and a handler to add a route.',
    '',
    '```ts',
    'const app = new Hono()',
    "app.get('/', (c) => c.text('Hi'))",
    '```',
    '',
    '- The first item has **bold** words.',
    '- The second item is plain.',
    '',
    '| Option | Meaning |',
    '| --- | --- |',
    '| `strict` | Trailing slashes matter. |',
    '',
    '::: tip',
    'A container is shown as a small label.',
    ':::',
    '',
    'A [bad link](javascript:alert(1)) and <script>alert(1)</script> stay inert.',
    '',
  ].join('\n')
  let small: App
  let text: string
  beforeAll(() => {
    const c = loadCorpus(ingest([{ path: 'routing.md', content: markdown }]))
    small = createApp({ corpus: c })
    text = c.docs.get('routing')!.text
  })
  const page = async (from?: number, to?: number) =>
    (
      await small.request(
        from === undefined ? '/documents/routing' : `/documents/routing?from=${from}&to=${to}`,
      )
    ).text()
  const unescape = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
  /** The marked words of a page, in order, without their markup. */
  const marked = (html: string) =>
    [...html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => unescape(m[1])).join('')

  it('renders links, code, fences, lists and tables as elements, not syntax', async () => {
    const html = await page()
    expect(html).toContain('href="https://example.org/docs/api/routing"')
    expect(html).toContain('<code>app.get()</code>')
    expect(html).toMatch(/<pre><code>const app = new Hono\(\)\napp.get\(/)
    expect(html).toContain('<li>The first item has <strong>bold</strong> words.</li>')
    expect(html).toMatch(/<table class="quote-table"><thead><tr><th scope="col">Option<\/th>/)
    expect(html).toContain('<td><code>strict</code></td>')
    expect(html).toContain('<p class="quote-label">Tip</p>')
    expect(html).not.toContain('](')
    expect(html).not.toContain('```')
    expect(html).not.toContain(':::')
    expect(html).not.toMatch(/\| ---/)
  })

  it('keeps hostile content inert', async () => {
    const html = await page()
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('bad link')
  })

  it('marks exactly the shown characters of a span that starts or ends inside inline markup', async () => {
    const sentence = text.indexOf('Call `app.get()`')
    const end = text.indexOf(' and a handler')
    for (const [from, to, shown] of [
      [sentence, end, 'Call app.get() with a path'], // over a code span
      [text.indexOf('get()`'), end, 'get() with a path'], // from inside it
      [text.indexOf('`app.get'), text.indexOf('app.get()') + 3, 'app'], // ends inside it
      [text.indexOf('the [router]') + 4, text.indexOf('to match'), 'router '], // over a link
      [text.indexOf('outing)') + 2, text.indexOf(' paths.'), ' to match'], // from its destination
      [text.indexOf('has **bold**'), text.indexOf('bold**') + 2, 'has bo'], // into strong
    ] as const) {
      const html = await page(from, to)
      expect(marked(html), text.slice(from, to)).toBe(shown)
      // The shown characters are the span's own, its syntax left out.
      expect(text.slice(from, to).replace(/\]\([^)]*\)|[`*[]/g, '')).toContain(shown.trim())
      expect(html).toMatch(/<section id="p\d+" class="cited">/)
    }
  })

  it('marks the code of a cited fenced block, and the words of cited items and rows', async () => {
    const fence = text.indexOf('```ts')
    const fenceEnd = text.indexOf('```', fence + 3) + 3
    const code = await page(fence, fenceEnd)
    expect(marked(code)).toBe("const app = new Hono()\napp.get('/', (c) => c.text('Hi'))")
    expect(code).toContain('<pre><code><mark>const app')
    const item = text.indexOf('- The first')
    const itemEnd = text.indexOf('\n', item)
    expect(marked(await page(item, itemEnd))).toBe('The first item has bold words.')
    const row = text.indexOf('| `strict`')
    const rowEnd = text.indexOf('\n', row)
    expect(marked(await page(row, rowEnd))).toBe('strictTrailing slashes matter.')
  })
})

describe('GET /documents/:id with a span over the whole document', () => {
  it('answers quickly, marking the text without searching every section', async () => {
    // Each section ends in a link the sentinel search would scan back through, one reading a step.
    const url = `https://example.org/${'a'.repeat(900)}`
    const lines = ['---', 'title: Long', '---', '', '# Long', '']
    for (let i = 0; i < 60; i++) {
      lines.push(`## Part ${i}`, '', `Section ${i} works like this: see [the option](${url})`, '')
    }
    const c = loadCorpus(ingest([{ path: 'long.md', content: lines.join('\n') }]))
    const app = createApp({ corpus: c })
    const length = c.docs.get('long')!.text.length
    const t = performance.now()
    const html = await (await app.request(`/documents/long?from=0&to=${length}`)).text()
    // It took 640 ms when every section was searched.
    expect(performance.now() - t).toBeLessThan(250)
    const marks = [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]).join('')
    expect(marks).toContain('Section 0 works like this: see ')
    expect(marks).toContain('Section 59 works like this: see the option')
    expect(html.match(/<section id="p\d+" class="cited">/g)).toHaveLength(60)
  })
})
