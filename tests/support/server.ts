// Starts the real Node entry (src/node.ts) as a child process on a free port, for tests that need a
// socket: signals, start-up messages, raw requests no fetch client would send.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface Running {
  port: number
  proc: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
  stop: () => Promise<void>
}

export function startServer(
  env: Record<string, string> = {},
  script = 'src/node.ts',
): Promise<Running> {
  const proc = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  proc.stdout!.on('data', (d) => (out += d))
  proc.stderr!.on('data', (d) => (err += d))
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${out}\n${err}`)),
      20_000,
    )
    const check = () => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (!m) return
      clearTimeout(timer)
      proc.stdout!.off('data', check)
      resolve({
        port: Number(m[1]),
        proc,
        stdout: () => out,
        stderr: () => err,
        exited,
        stop: async () => {
          if (proc.exitCode === null) proc.kill('SIGKILL')
          await exited
        },
      })
    }
    proc.stdout!.on('data', check)
    exited.then((code) => reject(new Error(`server exited ${code}:\n${out}\n${err}`)))
  })
}
