// The HTML shell shared by every page: assets from /assets (never a CDN), no inline script or style,
// so the Content-Security-Policy can forbid both.

import type { Child } from 'hono/jsx'
import { ASSET_URLS } from '../src/assets/index.ts'

/** htmx settings: its own indicator stylesheet is off because ours styles the waiting state. */
const HTMX_CONFIG = JSON.stringify({ includeIndicatorCSS: false })

export function Layout({ title, children }: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="htmx-config" content={HTMX_CONFIG} />
        <title>{title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={ASSET_URLS.css} />
        <script src={ASSET_URLS.htmx} defer></script>
        <script src={ASSET_URLS.chat} defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to the main content
        </a>
        {children}
      </body>
    </html>
  )
}

/** A full HTML document as a string, with its doctype. */
export const documentHtml = (page: unknown) => `<!doctype html>${String(page)}`
