// The schema tests of the ALTO/PAGE exports run `xmllint --schema` (Debian's libxml2-utils). As root with apt it is
// installed when missing; elsewhere those tests are skipped, and this says so once, with what to run.
import { execFileSync } from 'node:child_process';
import type { BrowserEnv } from './browser';

const hasXmllint = (): boolean => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export function ensureXmllint(env: Pick<BrowserEnv, 'isRoot' | 'hasApt' | 'run' | 'log'>, present: () => boolean = hasXmllint): void {
  if (present()) return;
  if (env.isRoot && env.hasApt) {
    env.log("npm test: installing Debian's libxml2-utils (xmllint) for the ALTO/PAGE schema tests (apt-get)");
    try {
      env.run('apt-get', ['update', '-qq']);
      env.run('apt-get', ['install', '-y', '-qq', 'libxml2-utils']);
      if (present()) return;
    } catch {
      // Reported below; the schema tests skip.
    }
  }
  env.log('npm test: xmllint is missing, so the ALTO/PAGE schema tests are skipped; install it with `sudo apt-get install -y libxml2-utils`.');
}
