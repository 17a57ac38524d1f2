// Child process of the crash-safety test: saves one article's text in a loop through the real save path and
// writes an acknowledgement line after each save has committed. The parent kills it with SIGKILL.
// Usage: node --import tsx tests/crash/save-loop.ts <db> <articleId>
import { writeSync } from 'node:fs';
import { EventBus } from '../../shared/api/bus';
import { getArticle, saveArticle } from '../../electron/services/articles';
import { serviceContext } from '../../electron/services/context';
import { setSettings } from '../../electron/services/settings';
import { openStore } from '../../electron/store/store';

const [dbPath, idArg] = process.argv.slice(2);
if (!dbPath || !idArg) throw new Error('usage: save-loop.ts <db> <articleId>');
const store = openStore(dbPath);
const ctx = serviceContext(store, new EventBus());
const id = Number(idArg);
let revision = getArticle(ctx, id).revision;
// Bounded, so an orphaned child cannot run on.
const deadline = Date.now() + 10_000;
for (let n = 0; Date.now() < deadline; n++) {
  // Reviewers alternating with the revision number keep autosaves from coalescing, across runs too: every save
  // is its own revision to look for.
  setSettings(store, { reviewer: revision % 2 === 0 ? '甲' : '乙' });
  const text = `第${revision + 1}次保存\n${'正文内容'.repeat(1 + (n % 64))}`;
  revision = saveArticle(ctx, { id, baseRevision: revision, text }).revision;
  // Only after saveArticle returned (the transaction committed with synchronous=FULL) is the save acknowledged.
  writeSync(1, `ack ${revision} ${JSON.stringify(text)}\n`);
}
store.close();
