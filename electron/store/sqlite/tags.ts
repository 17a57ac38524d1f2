import type { TagSummary } from '../../../shared/api/contract';
import type { Db } from '../database';
import type { TagRepo } from '../repositories';

// Counts cover live articles of current page versions, as the article list shows them.
const COUNT = `(SELECT COUNT(*) FROM article_tags at JOIN articles a ON a.id = at.article_id JOIN pages p ON p.id = a.page_id
               WHERE at.tag_id = t.id AND a.removed IS NULL AND p.current = 1) AS count`;

export function tagRepo(db: Db): TagRepo {
  const list = db.prepare<[], TagSummary>(`SELECT t.id, t.name, ${COUNT} FROM tags t ORDER BY t.name`);
  const get = db.prepare<[number], TagSummary>(`SELECT t.id, t.name, ${COUNT} FROM tags t WHERE t.id = ?`);
  const idByName = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ?');
  const insert = db.prepare<[string], { id: number }>('INSERT INTO tags (name) VALUES (?) RETURNING id');
  const rename = db.prepare('UPDATE tags SET name = ? WHERE id = ?');
  const moveAll = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT article_id, ? FROM article_tags WHERE tag_id = ? ORDER BY rowid');
  const remove = db.prepare('DELETE FROM tags WHERE id = ?');
  const assign = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  const unassign = db.prepare('DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?');
  const sectionsOf = db.prepare<[number], { name: string }>(
    'SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY at.rowid',
  );
  const articleIds = db.prepare<[number], { id: number }>(
    `SELECT a.id FROM article_tags at JOIN articles a ON a.id = at.article_id JOIN pages p ON p.id = a.page_id
     WHERE at.tag_id = ? AND a.removed IS NULL AND p.current = 1 ORDER BY a.id`,
  );
  const tag = (id: number) => get.get(id)!;
  return {
    list: () => list.all(),
    get: (id) => get.get(id) ?? null,
    idByName: (name) => idByName.get(name)?.id ?? null,
    create: (name) => tag(insert.get(name)!.id),
    rename: (id, name) => void rename.run(name, id),
    merge: (sourceId, targetId) => {
      moveAll.run(targetId, sourceId);
      remove.run(sourceId); // cascades the source's assignments
    },
    delete: (id) => void remove.run(id), // cascades the assignments
    assign: (articleId, tagId) => void assign.run(articleId, tagId),
    unassign: (articleId, tagId) => void unassign.run(articleId, tagId),
    sectionsOf: (articleId) => sectionsOf.all(articleId).map((r) => r.name),
    articleIds: (tagId) => articleIds.all(tagId).map((r) => r.id),
  };
}
