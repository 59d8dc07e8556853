// A readable page of one whole document: where a citation leads, with the cited words marked and
// their passage scrolled into view by the URL's #p<n> anchor.

import type { SourceDoc } from '../src/core/types.ts'
import type { Child } from 'hono/jsx'
import type { Part, Section } from './document-blocks.ts'
import { Layout } from './layout.tsx'
import { block, type Runs } from './quote.tsx'

/** The document's Markdown as the chat shows it, its headings as headings, cited parts marked. */
const marked: Runs<Part[]> = {
  run: (parts) => parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text)),
  heading: (children: Child) => <h2>{children}</h2>,
}

export function DocumentPage({
  doc,
  sections,
  source,
}: {
  doc: SourceDoc
  sections: Section[]
  /** The original page, when the document names one with an http(s) URL. */
  source?: string
}) {
  return (
    <Layout title={`${doc.title} — Verbatim`}>
      <header class="site wrap">
        <p class="knows">
          <a href="/">← Ask Verbatim</a>
        </p>
      </header>
      <main class="doc wrap" id="main">
        <article>
          <h1>{doc.title}</h1>
          <p class="meta">
            <span>Version {doc.version}</span>
            {source ? (
              <a href={source} rel="noopener noreferrer">
                Original page
              </a>
            ) : null}
          </p>
          {sections.map((s) => (
            <section id={s.id} class={s.cited ? 'cited' : undefined}>
              {s.blocks.map((b) => block(b, marked))}
            </section>
          ))}
        </article>
      </main>
    </Layout>
  )
}

export function MissingDocumentPage() {
  return (
    <Layout title="No such document — Verbatim">
      <main class="doc wrap" id="main">
        <h1>No such document</h1>
        <p>
          The link may be out of date. <a href="/">Ask Verbatim</a> to find what the documents say.
        </p>
      </main>
    </Layout>
  )
}
