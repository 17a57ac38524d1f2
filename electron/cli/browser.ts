import { spawn } from 'node:child_process';

/** The platform's "open this URL" command. */
function opener(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]];
  // `start` is a cmd built-in; its first quoted argument is the window title.
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

/** Open `url` in the system browser; a failure is only reported, the host keeps running. */
export function openBrowser(url: string): void {
  const [command, args] = opener(url);
  const report = (why: string) => process.stderr.write(`galley: could not open a browser (${why}); open the URL above yourself.\n`);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', (err) => report(err.message));
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) report(`${command} exited with ${code}`);
    });
    child.unref();
  } catch (err) {
    report(err instanceof Error ? err.message : String(err));
  }
}
