// `npm start`: build once if there is no production build yet, then serve it on PORT (default 3000).
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';

// Nothing leaves the machine: not even the framework's anonymous telemetry.
process.env.NEXT_TELEMETRY_DISABLED = '1';
const nextBin = 'node_modules/next/dist/bin/next';

if (!existsSync('.next/BUILD_ID') || !existsSync('public/sw.js')) {
  // The project's own build: webpack (it keeps every page near the framework's floor) and the offline worker.
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
const server = spawn(process.execPath, [nextBin, 'start', '--port', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
