// Static assets, held in memory and served under content-hashed names so browsers may cache them
// for a year: a new build changes the name, never the content behind a name.

import { CHAT_CLIENT_JS } from './chat-client.ts'
import { HTMX_JS } from './htmx.generated.ts'
import { STYLES_CSS } from './styles.ts'

export interface Asset {
  body: string
  type: string
}

/** FNV-1a, 32 bits: enough to tell builds apart, and cheap enough to run once at start. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}

const JS = 'text/javascript; charset=utf-8'
const named = (stem: string, ext: string, body: string, type: string) =>
  [`${stem}-${hash(body)}.${ext}`, { body, type }] as const

const [htmxName, htmx] = named('htmx', 'js', HTMX_JS, JS)
const [chatName, chat] = named('chat', 'js', CHAT_CLIENT_JS, JS)
const [cssName, css] = named('style', 'css', STYLES_CSS, 'text/css; charset=utf-8')

/** Paths the layout links to. */
export const ASSET_URLS = {
  htmx: `/assets/${htmxName}`,
  chat: `/assets/${chatName}`,
  css: `/assets/${cssName}`,
}

/** File name → asset. */
export const ASSETS = new Map<string, Asset>([
  [htmxName, htmx],
  [chatName, chat],
  [cssName, css],
])
