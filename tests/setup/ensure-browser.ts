// The first step of `npm test`: a fresh machine with only Node gets the browser the end-to-end tests need, or is
// told in one line what to run.
import { currentEnv, ensureBrowser } from './browser';
import { ensureXmllint } from './xmllint';

const env = currentEnv();
const outcome = ensureBrowser(env);
if (!outcome.ok) {
  process.stderr.write(`${outcome.message}\n`);
  process.exit(1);
}
ensureXmllint(env);
