// The first step of `npm test`: a fresh machine with only Node gets the browser the end-to-end tests need, or is
// told in one line what to run.
import { currentEnv, ensureBrowser } from './browser';

const outcome = ensureBrowser(currentEnv());
if (!outcome.ok) {
  process.stderr.write(`${outcome.message}\n`);
  process.exit(1);
}
