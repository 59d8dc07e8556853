// The page's one stylesheet, kept as a string so Node and Workers serve it from memory.
// No framework: system fonts, CSS variables for light and dark, one column that fits 375 px.

export const STYLES_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f7f6f2;
  --surface: #ffffff;
  --text: #1f2328;
  --muted: #59636e;
  --line: #d9d6cc;
  --accent: #2b5f8a;
  --accent-text: #ffffff;
  --user: #e8eef4;
  --mark: #fde9a8;
  --quote: #f1efe8;
  --focus: #1f6feb;
  --danger: #9a2a2a;
  --radius: 12px;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181c;
    --surface: #1e2127;
    --text: #e6e6e3;
    --muted: #a2a9b1;
    --line: #353a42;
    --accent: #8cc2ee;
    --accent-text: #0c1620;
    --user: #243142;
    --mark: #5c4a12;
    --quote: #252930;
    --focus: #8cc2ee;
    --danger: #f0a0a0;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { scrollbar-gutter: stable; -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
}
a { color: var(--accent); text-underline-offset: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip { position: absolute; left: -999px; top: 0; }
.skip:focus { left: 1rem; top: 1rem; background: var(--surface); padding: .5rem .75rem; z-index: 2; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header.site { padding-top: 1.25rem; padding-bottom: .5rem; }
header.site h1 { font-size: 1.25rem; margin: 0; letter-spacing: .01em; }
header.site h1 a { color: inherit; text-decoration: none; }
.knows { margin: .25rem 0 0; color: var(--muted); font-size: .95rem; }
main.chat { min-height: calc(100vh - 8rem); min-height: calc(100dvh - 8rem); display: flex; flex-direction: column; }
#log { flex: 1; }
.empty { padding: 1rem 0; }
.empty h2 { font-size: 1rem; font-weight: 600; margin: 0 0 .5rem; }
.chat:has(.turn) .empty { display: none; }
.suggestions { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0; list-style: none; }
.suggestion {
  font: inherit; font-size: .95rem; text-align: left; cursor: pointer;
  background: var(--surface); color: var(--text);
  border: 1px solid var(--line); border-radius: 1.2rem; padding: .45rem .9rem;
}
.suggestion:hover { border-color: var(--accent); }
#log { display: flex; flex-direction: column; gap: 1.25rem; }
.turn { display: flex; flex-direction: column; gap: .6rem; }
.msg { border-radius: var(--radius); padding: .75rem 1rem; overflow-wrap: anywhere; }
.msg > :first-child { margin-top: 0; }
.msg > :last-child { margin-bottom: 0; }
.msg.user p { margin: 0; }
.msg.user {
  align-self: flex-end; max-width: 85%; background: var(--user); white-space: pre-wrap;
}
.msg.bot { background: var(--surface); border: 1px solid var(--line); }
.msg.error { border-color: var(--danger); color: var(--danger); }
.who { font-size: .8rem; color: var(--muted); margin: 0 0 .25rem; font-weight: 600; }
.answer { margin: 0 0 .75rem; }
/* Quoted Markdown (views/quote.tsx): code wraps rather than scrolls, so no region needs a tab stop. */
.answer p, .answer ul, .answer ol, .citation blockquote p, .citation blockquote ul, .citation blockquote ol, .related p { margin: .35rem 0; }
.answer ul, .answer ol, .citation blockquote ul, .citation blockquote ol { padding-left: 1.3rem; }
.answer > :first-child, .citation blockquote > :first-child { margin-top: 0; }
.answer > :last-child, .citation blockquote > :last-child { margin-bottom: 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
:not(pre) > code { padding: 0 .2em; border-radius: 4px; background: var(--quote); }
.citation blockquote :not(pre) > code, .citation blockquote pre { background: var(--surface); }
.answer pre, .citation pre, .doc pre {
  margin: .4rem 0; padding: .5rem .7rem; font-size: .85rem; white-space: pre-wrap;
  overflow-wrap: anywhere; background: var(--quote); border-radius: 6px;
}
.answer pre code, .citation pre code, .doc pre code { font-size: inherit; }
.answer .after-block { margin: -.3rem 0 .35rem; text-align: right; }
.quote-label, .quote-badge {
  margin: .5rem 0 .1rem; font-size: .75rem; font-weight: 600; color: var(--muted);
  text-transform: uppercase; letter-spacing: .04em;
}
.quote-table { border-collapse: collapse; margin: .4rem 0; font-size: .88rem; }
.quote-table th, .quote-table td {
  border: 1px solid var(--line); padding: .2rem .45rem; text-align: left; vertical-align: top;
}
.marker { font-size: .8em; vertical-align: super; line-height: 0; text-decoration: none; padding: 0 .1em; }
.marker:hover { text-decoration: underline; }
.sources { font-size: .8rem; color: var(--muted); margin: .75rem 0 .35rem; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; }
.citations { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .6rem; }
.citation {
  display: grid; grid-template-columns: 1.8rem 1fr; gap: .1rem .4rem;
  font-size: .92rem; scroll-margin-top: 1rem;
}
.citation:target { background: var(--quote); border-radius: 8px; }
.citation .num { color: var(--muted); font-variant-numeric: tabular-nums; }
.citation blockquote {
  grid-column: 2; margin: .15rem 0 0; padding: .4rem .7rem;
  background: var(--quote); border-left: 3px solid var(--line); border-radius: 0 6px 6px 0;
}
.citation .where { grid-column: 2; color: var(--muted); font-size: .85rem; }
.citation .links { grid-column: 2; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .85rem; }
.related { margin: .5rem 0 0; padding: 0 0 0 1.1rem; font-size: .92rem; }
.offer { margin: .75rem 0 .4rem; font-size: .95rem; }
.pending .msg.bot { color: var(--muted); }
.dots::after { content: ''; display: inline-block; width: 1.5em; text-align: left; animation: dots 1.2s steps(4) infinite; }
@keyframes dots { 0% { content: ''; } 25% { content: '.'; } 50% { content: '..'; } 75% { content: '...'; } }
@media (prefers-reduced-motion: reduce) { .dots::after { animation: none; content: '…'; } }
.composer {
  position: sticky; bottom: 0; background: var(--bg);
  padding: .75rem 0 1rem; margin-top: 1rem; border-top: 1px solid var(--line);
  /* The bar spans the window while its content stays in the column. */
  box-shadow: 0 0 0 100vmax var(--bg);
  clip-path: inset(0 -100vmax);
}
.composer label { display: block; font-weight: 600; font-size: .9rem; margin-bottom: .35rem; }
.row { display: flex; gap: .5rem; align-items: flex-end; }
textarea {
  flex: 1; min-width: 0; font: inherit; color: var(--text); background: var(--surface);
  border: 1px solid var(--line); border-radius: var(--radius); padding: .6rem .8rem;
  resize: vertical; min-height: 2.9rem; max-height: 12rem;
}
textarea:focus { border-color: var(--accent); }
button.send {
  font: inherit; font-weight: 600; cursor: pointer; min-height: 2.9rem; padding: 0 1.1rem;
  background: var(--accent); color: var(--accent-text); border: 0; border-radius: var(--radius);
}
button.send:disabled { opacity: .6; cursor: progress; }
.hint { margin: .35rem 0 0; font-size: .8rem; color: var(--muted); }
.doc { padding-bottom: 3rem; }
.doc h1 { font-size: 1.5rem; line-height: 1.3; margin: .5rem 0; }
.doc .meta { color: var(--muted); font-size: .9rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.doc h2 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
.doc ul, .doc ol { padding-left: 1.3rem; }
/* Wrapped rather than scrolled, as in the chat: a scrolling region would need a tab stop. A bare
   URL or a long signature ("([path,]handler|middleware...)") breaks anywhere rather than widen
   the page; code blocks keep their own rule above. */
.doc .quote-table td, .doc .quote-table th, .doc h1, .doc h2, .doc p, .doc li, .doc .quote-label,
.answer p, .answer li, .citation blockquote p, .citation blockquote li, .related p { overflow-wrap: anywhere; }
.doc section { scroll-margin-top: 2rem; border-left: 3px solid transparent; padding-left: .75rem; margin-left: -.9rem; }
.doc section.cited { border-left-color: var(--accent); }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 3px; }
`
