// The Node entry over real sockets: start-up reports, draining on SIGTERM, and raw requests that a
// fetch client would normalise away (dot segments, lying Content-Length).
import { execFileSync } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type Running } from './support/server.ts'

let running: Running | undefined
afterEach(async () => {
  await running?.stop()
  running = undefined
})

const tmp: string[] = []
afterAll(async () => {
  for (const d of tmp) await rm(d, { recursive: true, force: true })
})
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'verbatim-srv-'))
  tmp.push(d)
  return d
}

/** Sends bytes exactly as given and returns the raw response. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    let data = ''
    socket.on('data', (d) => {
      data += d
      if (/\r\n\r\n/.test(data)) {
        socket.destroy()
        resolve(data)
      }
    })
    socket.on('error', reject)
  })
}

describe('start-up', () => {
  it('names each unusable file and why, and serves the others', async () => {
    const dir = await tempDir()
    await writeFile(
      join(dir, 'good.md'),
      '# Trust\n\nTrust is rebuilt through consistent honesty.\n',
    )
    await writeFile(join(dir, 'empty.md'), '')
    await writeFile(join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14]))
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me', 'latin1'))
    running = await startServer({ CORPUS_DIR: dir })
    const err = running.stderr()
    expect(err).toContain('skipped empty.md: empty')
    expect(err).toMatch(/skipped binary\.md: (binary|not valid UTF-8)/)
    expect(err).toContain('skipped latin1.txt: not valid UTF-8')
    expect(running.stdout()).toContain('1 documents')
    const res = await fetch(`http://127.0.0.1:${running.port}/api/documents`)
    expect((await res.json()).documents.map((d: { id: string }) => d.id)).toEqual(['good'])
  })

  it('starts on an empty corpus and says so', async () => {
    running = await startServer({ CORPUS_DIR: await tempDir() })
    expect(running.stdout()).toContain('0 documents')
    expect(running.stdout()).toContain('the corpus is empty')
    const res = await fetch(`http://127.0.0.1:${running.port}/api/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What is trust?' }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ found: false, citations: [] })
  })

  it('refuses to start on a setting it cannot read, naming it in one line without a stack trace', async () => {
    for (const [name, value] of [
      ['RATE_LIMIT', 'lots'],
      ['PORT', 'abc'],
      ['PORT', '99999'],
      ['CORPUS_DIR', '/no/such/folder'],
      ['HOST', 'nope.invalid'],
    ]) {
      const refused = await startServer({ [name]: value }).then(
        () => undefined,
        (err: Error) => err.message,
      )
      expect(refused, name).toMatch(/^server exited 1:/)
      expect(refused, name).toContain(name)
      expect(refused, name).not.toMatch(/\n\s+at /)
    }
  })

  it('says which port is taken instead of crashing with a stack trace', async () => {
    running = await startServer()
    const refused = await startServer({ PORT: String(running.port) }).then(
      () => undefined,
      (err: Error) => err.message,
    )
    expect(refused).toMatch(/^server exited 1:/)
    expect(refused).toContain(`127.0.0.1:${running.port} is in use`)
    expect(refused).not.toMatch(/\n\s+at /)
  })
})

describe('the running server', () => {
  it('limits each client by address, never the machine itself, and logs JSON lines without the question', async () => {
    running = await startServer({ RATE_LIMIT: '2', TRUST_PROXY: '1' })
    const ask = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${running!.port}/api/answer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ question: 'Why do I feel ashamed after being cheated on?' }),
      })
    // The machine itself (local tools, evaluation scripts) is never refused…
    for (let i = 0; i < 4; i++) expect((await ask({})).status).toBe(200)
    // …while a client named by the proxy's last hop is; a forged cf-connecting-ip changes nothing.
    const client = {
      'x-forwarded-for': '203.0.113.5',
      'cf-connecting-ip': `10.0.0.${Math.random()}`,
    }
    expect((await ask(client)).status).toBe(200)
    expect((await ask(client)).status).toBe(200)
    const refused = await ask(client)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await ask({ 'x-forwarded-for': '203.0.113.6' })).status).toBe(200)
    await new Promise((r) => setTimeout(r, 100))
    const lines = running
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
    expect(lines.map((l) => JSON.parse(l).status)).toEqual([200, 200, 200, 200, 200, 200, 429, 200])
    expect(running.stdout()).not.toContain('ashamed')
  })
})

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new ones, and exits 0', async () => {
    running = await startServer()
    const { port, proc, exited } = running
    const body = JSON.stringify({ question: 'How can trust be rebuilt after betrayal?' })
    const half = Math.floor(body.length / 2)
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/api/answer',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          let data = ''
          res.on('data', (d) => (data += d))
          res.on('end', () => resolve({ status: res.statusCode!, body: data }))
        },
      )
      req.on('error', reject)
      req.write(body.slice(0, half))
      // The signal arrives while the body is still on its way.
      setTimeout(() => proc.kill('SIGTERM'), 150)
      setTimeout(() => req.end(body.slice(half)), 600)
    })
    await new Promise((r) => setTimeout(r, 400))
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow()
    const res = await response
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body).found).toBe(true)
    const t0 = Date.now()
    expect(await exited).toBe(0)
    expect(Date.now() - t0).toBeLessThan(5000)
  })
})

describe('raw requests', () => {
  let server: Running
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.stop())

  it('never serves a file outside the corpus, whatever the path says', async () => {
    for (const path of [
      '/api/documents/../../package.json',
      '/api/documents/..%2F..%2Fpackage.json',
      '/api/documents/%2e%2e/%2e%2e/package.json',
      '/api/documents/..\\..\\package.json',
      '/documents/../../../../etc/passwd',
      '/../../../../etc/passwd',
      '/api/documents//etc/passwd',
      '/api/documents/%00',
    ]) {
      const res = await raw(
        server.port,
        `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      )
      expect(res, path).toMatch(/^HTTP\/1\.1 (400|404)/)
      expect(res).not.toMatch(/root:x:0|"name": "verbatim"/)
    }
  })

  it('refuses a declared 100 MB body with 413 before a byte of it arrives', async () => {
    const res = await raw(
      server.port,
      'POST /api/answer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{"question":',
    )
    expect(res).toMatch(/^HTTP\/1\.1 413/)
  })

  it('reads a body by its declared length or in chunks, with the same cap and the same UTF-8 check', async () => {
    const json = JSON.stringify({ question: 'How can trust be rebuilt after betrayal?' })
    const post = (headers: string, body: string | Buffer) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(
            `POST /api/answer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n${headers}\r\n`,
          )
          socket.end(body)
        })
        let data = ''
        socket.on('data', (d) => (data += d))
        socket.on('end', () => resolve(data))
        socket.on('error', reject)
      })
    const chunked = (body: string | Buffer) =>
      Buffer.concat([
        Buffer.from(`${Buffer.byteLength(body).toString(16)}\r\n`),
        Buffer.from(body),
        Buffer.from('\r\n0\r\n\r\n'),
      ])
    const declared = await post(`Content-Length: ${Buffer.byteLength(json)}\r\n`, json)
    expect(declared).toMatch(/^HTTP\/1\.1 200/)
    expect(declared).toContain('"found":true')
    const streamed = await post('Transfer-Encoding: chunked\r\n', chunked(json))
    expect(streamed).toMatch(/^HTTP\/1\.1 200/)
    // Invalid UTF-8 (a lone continuation byte) is refused either way.
    const broken = Buffer.concat([
      Buffer.from('{"question":"'),
      Buffer.from([0x80]),
      Buffer.from('"}'),
    ])
    for (const res of [
      await post(`Content-Length: ${broken.length}\r\n`, broken),
      await post('Transfer-Encoding: chunked\r\n', chunked(broken)),
    ])
      expect(res).toMatch(/^HTTP\/1\.1 400[\s\S]*invalid_encoding/)
    // A chunked body has no length to refuse up front: it is counted as it arrives.
    const big = JSON.stringify({ question: 'x', pad: 'a'.repeat(70 * 1024) })
    expect(await post('Transfer-Encoding: chunked\r\n', chunked(big))).toMatch(/^HTTP\/1\.1 413/)
  })

  it('answers a syntactically broken request line with 400, and keeps serving', async () => {
    expect(await raw(server.port, 'GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/)
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200)
  })
})

describe('corpus folder faults', () => {
  it('reports a FIFO, a dangling link and a huge file without blocking or reading them', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'good.md'), 'Trust is rebuilt through consistent honesty.\n')
    execFileSync('mkfifo', [join(dir, 'pipe.md')])
    execFileSync('ln', ['-s', join(dir, 'missing-target.md'), join(dir, 'dangling.md')])
    execFileSync('truncate', ['-s', '200M', join(dir, 'huge.txt')])
    await mkdir(join(dir, 'folder.md'))
    await writeFile(join(dir, 'folder.md', 'inner.md'), 'Honesty matters in every relationship.\n')
    running = await startServer({ CORPUS_DIR: dir })
    const err = running.stderr()
    expect(err).toContain('skipped pipe.md: not a regular file')
    expect(err).toMatch(/skipped dangling\.md: ENOENT/)
    expect(err).toMatch(/skipped huge\.txt: larger than [\d,]+ bytes/)
    expect(running.stdout()).toContain('2 documents')
  })
})
