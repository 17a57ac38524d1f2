// Byline names per article and the batch's name-variant findings (migration 10). A use of a name counts while
// its article is live on a current page: the joins say so, so marking noise or a new page version moves nothing.
import { namesInArticle, type BylineName } from '../../../shared/lint/names';
import { MAX_FILES_NAMED, maskedKeys, nameVariantWarning, type NameSpelling } from '../../../shared/lint/batch';
import type { Warning } from '../../../shared/model/types';
import type { Db } from '../database';
import type { NameFinding, NameRepo } from '../repositories';

/** Uses of a spelling counted for a warning at most: a common name's thousands are not walked on every read. */
const COUNT_LIMIT = 500;
/** Articles with the other spelling linked from a warning at most. */
const MAX_RELATED = 10;
/** Uses of a spelling read for its warnings: enough for every bound above (this spelling's is the other's count + 1). */
const READ_LIMIT = COUNT_LIMIT + 2;

// INDEXED BY: the planner would read each article's row for `removed` (migration 15 says why the index is cheaper).
const LIVE = `JOIN articles a INDEXED BY articles_live ON a.id = n.article_id AND a.removed IS NULL JOIN pages p ON p.id = a.page_id AND p.current = 1`;

/** Keeps `article_names` in step with an article's byline and text; the articles repository calls it on every write of either. */
export function nameWriter(db: Db): (articleId: number, byline: string | null, text: string) => void {
  const clear = db.prepare('DELETE FROM article_names WHERE article_id = ?');
  const batchOf = db.prepare<[number], number>('SELECT p.batch_id FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?').pluck();
  const insert = db.prepare('INSERT OR IGNORE INTO article_names (article_id, batch_id, role, name) VALUES (?, ?, ?, ?)');
  const insertKey = db.prepare('INSERT OR IGNORE INTO name_keys (batch_id, role, key, name) VALUES (?, ?, ?, ?)');
  return (articleId, byline, text) => {
    clear.run(articleId);
    const names = namesInArticle(byline, text);
    if (names.length === 0) return;
    const batchId = batchOf.get(articleId)!;
    for (const n of names) {
      insert.run(articleId, batchId, n.role, n.name);
      for (const key of maskedKeys('', n.name)) insertKey.run(batchId, n.role, key, n.name);
    }
  };
}

export function nameRepo(db: Db): NameRepo {
  const write = nameWriter(db);
  const of = db.prepare<[number], BylineName>('SELECT role, name FROM article_names WHERE article_id = ?');
  const byKey = db.prepare<[number, string, string], { name: string }>('SELECT name FROM name_keys WHERE batch_id = ? AND role = ? AND key = ?');
  const holders = db.prepare<[number, string, string], number>(`SELECT a.id FROM article_names n ${LIVE} WHERE n.batch_id = ? AND n.role = ? AND n.name = ?`).pluck();
  const pages = db.prepare<[number, string, string, number], number>(
    `SELECT DISTINCT a.page_id FROM article_names n ${LIVE} WHERE n.batch_id = ? AND n.role = ? AND n.name = ? LIMIT ?`,
  ).pluck();
  // A spelling's first uses, in the order the index gives (articles as stored): counted up to a bound (a common
  // name's thousands need not be walked to know it is the commoner one), and the first of them named and linked.
  const firstUses = db.prepare<[number, string, string, number], { id: number; file: string }>(
    `SELECT a.id, p.file FROM article_names n ${LIVE} WHERE n.batch_id = ? AND n.role = ? AND n.name = ? LIMIT ?`,
  );
  // Not sorted: sorting would read every use of a common name.
  const firstFiles = db.prepare<[number, string, string, number], { file: string }>(
    `SELECT DISTINCT p.file FROM article_names n ${LIVE} WHERE n.batch_id = ? AND n.role = ? AND n.name = ? LIMIT ?`,
  );
  const allUses = db.prepare<[number], { role: string; name: string; page_id: number }>(`SELECT n.role, n.name, a.page_id FROM article_names n ${LIVE} WHERE n.batch_id = ?`);
  const findings = db.prepare<[number], NameFinding>('SELECT role, name, other FROM name_findings WHERE batch_id = ?');
  const findingsWith = db.prepare<[number, string, string, number, string, string], NameFinding>(
    `SELECT role, name, other FROM name_findings WHERE batch_id = ? AND role = ? AND name = ?
     UNION ALL SELECT role, name, other FROM name_findings WHERE batch_id = ? AND role = ? AND other = ?`,
  );
  const addFinding = db.prepare('INSERT OR IGNORE INTO name_findings (batch_id, role, name, other) VALUES (?, ?, ?, ?)');
  const dropFinding = db.prepare('DELETE FROM name_findings WHERE batch_id = ? AND role = ? AND name = ? AND other = ?');
  const findingsOf = db.prepare<[number, number], { batch_id: number; role: string; name: string; other: string }>(
    `SELECT f.batch_id, f.role, n.name, f.other FROM article_names n JOIN name_findings f ON f.batch_id = n.batch_id AND f.role = n.role AND f.name = n.name
     WHERE n.article_id = ?
     UNION ALL
     SELECT f.batch_id, f.role, n.name, f.name AS other FROM article_names n JOIN name_findings f ON f.batch_id = n.batch_id AND f.role = n.role AND f.other = n.name
     WHERE n.article_id = ?`,
  );
  const backfillBatch = db.prepare<[], { batch_id: number }>('SELECT batch_id FROM name_backfill ORDER BY batch_id LIMIT 1');
  const backfillTexts = db.prepare<[number], { id: number; byline: string | null; text: string }>(
    `SELECT a.id, a.byline, t.text FROM articles a JOIN pages p ON p.id = a.page_id JOIN article_texts t ON t.article_id = a.id WHERE p.batch_id = ?`,
  );
  const backfillDone = db.prepare('DELETE FROM name_backfill WHERE batch_id = ?');

  return {
    of: (articleId) => of.all(articleId),
    nearby: (batchId, role, name) => {
      const out = new Set<string>();
      for (const key of maskedKeys('', name)) for (const r of byKey.all(batchId, role, key)) if (r.name !== name) out.add(r.name);
      return [...out];
    },
    pagesOf: (batchId, role, name, limit = -1) => new Set(pages.all(batchId, role, name, limit)),
    holders: (batchId, role, name) => holders.all(batchId, role, name),
    spellingsInBatch: (batchId) => {
      const byName = new Map<string, { role: string; name: string; pages: Set<number> }>();
      for (const u of allUses.iterate(batchId)) {
        const key = `${u.role}\u0000${u.name}`;
        const s = byName.get(key);
        if (s) s.pages.add(u.page_id);
        else byName.set(key, { role: u.role, name: u.name, pages: new Set([u.page_id]) });
      }
      return [...byName.values()] satisfies NameSpelling[];
    },
    findings: (batchId) => findings.all(batchId),
    findingsWith: (batchId, role, name) => findingsWith.all(batchId, role, name, batchId, role, name),
    addFinding: (batchId, f) => void addFinding.run(batchId, f.role, f.name, f.other),
    dropFinding: (batchId, f) => void dropFinding.run(batchId, f.role, f.name, f.other),
    warnings: (articleId, text) => {
      // An article's few names can each pair with many spellings: each spelling's first uses are read once, in one
      // query, and every figure of its warnings is taken from them.
      const read = new Map<string, { id: number; file: string }[]>();
      const usesOf = (batchId: number, role: string, name: string) => {
        const key = `${role}\u0000${name}`;
        let uses = read.get(key);
        if (!uses) read.set(key, (uses = firstUses.all(batchId, role, name, READ_LIMIT)));
        return uses;
      };
      const count = (uses: { file: string }[], bound: number) => {
        const first = uses.slice(0, bound);
        return { uses: first.length, files: new Set(first.map((u) => u.file)).size };
      };
      return findingsOf.all(articleId, articleId).map((f): Warning => {
        const others = usesOf(f.batch_id, f.role, f.other);
        // The other spelling is counted up to COUNT_LIMIT uses (its files are named, "more than" past it); this
        // one only as far as the comparison needs.
        const theirs = count(others, COUNT_LIMIT + 1);
        const mine = count(usesOf(f.batch_id, f.role, f.name), theirs.uses + 1);
        let otherFiles = [...new Set(others.map((u) => u.file))].slice(0, MAX_FILES_NAMED);
        // Uses read only in part that name too few files: the files further on are looked up.
        if (otherFiles.length < MAX_FILES_NAMED && others.length === READ_LIMIT) otherFiles = firstFiles.all(f.batch_id, f.role, f.other, MAX_FILES_NAMED).map((r) => r.file);
        const warning = nameVariantWarning({
          role: f.role,
          name: f.name,
          other: f.other,
          text,
          otherFiles,
          otherFileCount: theirs.files,
          atLeast: theirs.uses > COUNT_LIMIT,
          uses: mine.uses,
          otherUses: theirs.uses,
        });
        return { ...warning, related: others.slice(0, MAX_RELATED).map((u) => u.id) };
      });
    },
    backfillNext: () => {
      const next = backfillBatch.get();
      if (!next) return null;
      db.transaction(() => {
        for (const a of backfillTexts.all(next.batch_id)) write(a.id, a.byline, a.text);
        backfillDone.run(next.batch_id);
      }).immediate();
      return next.batch_id;
    },
  };
}
