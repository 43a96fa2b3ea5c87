/**
 * The built app served by `vite preview` (with its CSP header) on a fixed port, started in its own
 * process group so that stopping it also stops the child processes npx starts.
 */
import { spawn } from 'node:child_process';

async function waitForHttp(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${lastError?.message ?? 'no answer'}`);
}

export async function startPreview({ root, port, outDir }) {
  const args = ['vite', 'preview', '--port', String(port), '--strictPort'];
  if (outDir) args.push('--outDir', outDir);
  const child = spawn('npx', args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  const baseUrl = `http://localhost:${port}`;
  const stop = () => stopProcessGroup(child);
  try {
    await waitForHttp(`${baseUrl}/planner`, 60_000, child);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${output.trim()}`);
  }
  return { baseUrl, stop };
}

/** SIGTERM the process group we started, then SIGKILL if it is still there after 3 s. */
export async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 3000);
  await exited;
  clearTimeout(timer);
}
