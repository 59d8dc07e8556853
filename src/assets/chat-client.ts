// The page's own script, served from /assets (script-src 'self': no inline script, no eval).
// Only comfort on top of htmx: Enter sends and Shift+Enter adds a line; the question shows at once
// with a waiting note; the textarea clears and keeps focus. The page works without it.

export const CHAT_CLIENT_JS = `(() => {
  const form = document.getElementById('chat')
  const log = document.getElementById('log')
  const box = document.getElementById('question')
  if (!form || !log || !box) return

  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return
    e.preventDefault()
    if (box.value.trim()) form.requestSubmit()
  })

  const el = (tag, cls, text) => {
    const node = document.createElement(tag)
    if (cls) node.className = cls
    if (text !== undefined) node.textContent = text
    return node
  }

  form.addEventListener('htmx:config:request', (e) => {
    const body = e.detail.ctx.request.body
    const question = String((body && (body.get('suggest') || body.get('question'))) || '').trim()
    if (!question) return
    const turn = el('article', 'turn pending')
    turn.setAttribute('aria-busy', 'true')
    const user = el('div', 'msg user')
    user.append(el('p', 'who', 'You'), el('p', '', question))
    const bot = el('div', 'msg bot')
    bot.append(el('p', 'who', 'Verbatim'), el('p', 'dots', 'Looking in the documents'))
    turn.append(user, bot)
    log.append(turn)
    box.value = ''
    box.focus()
    turn.scrollIntoView({ block: 'nearest' })
  })

  const clearPending = () => log.querySelectorAll('.pending').forEach((n) => n.remove())
  form.addEventListener('htmx:before:swap', clearPending)
  form.addEventListener('htmx:after:swap', () => {
    const turns = log.querySelectorAll('.turn')
    const last = turns[turns.length - 1]
    if (last) last.scrollIntoView({ block: 'start', behavior: 'smooth' })
    box.focus({ preventScroll: true })
  })
  form.addEventListener('htmx:error', () => {
    const bot = log.querySelector('.pending .msg.bot')
    if (!bot) return
    bot.classList.add('error')
    bot.replaceChildren(el('p', '', 'The answer could not be fetched. Check the connection and send the question again.'))
    log.querySelector('.pending').classList.remove('pending')
  })
})()
`
