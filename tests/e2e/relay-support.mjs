// The classroom relay for a spec that needs phones: where its binary is, a free loopback port, and starting
// and stopping it over dist/ (phones.spec.mjs, class-practice.spec.mjs).
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { repoRoot } from './support.mjs';

/** The newer of the release and the debug build of the relay (.ci/test.sh builds the debug one). */
export const RELAY = ['release', 'debug']
  .map((p) => path.join(repoRoot, 'target', p, 'rolecall-relay'))
  .filter(existsSync)
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];

/** A free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Start the relay on `port` serving dist/; resolves once it answers HTTP (bounded: 20 s). */
export async function startRelay(port, extra = []) {
  const proc = spawn(RELAY, ['--dist', 'dist', '--listen', `127.0.0.1:${port}`, ...extra], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr += d;
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the relay exited (${proc.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/join.html`);
      if (response.ok) return proc;
    } catch {
      // Not listening yet: ask again as soon as the connection is refused.
    }
    if (Date.now() > deadline) throw new Error(`the relay did not answer in 20 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function stopRelay(proc) {
  if (proc.exitCode !== null) return;
  proc.kill('SIGTERM');
  await once(proc, 'exit');
}
