// A 2-character index beside the trigram one (issue 12: 2-character searches, most Chinese words, were a LIKE
// scan of the library, p95 317 ms). The indexer writes each text as its overlapping pairs of letters and digits
// (张浩呈报道 → 张浩 浩呈 呈报 报道, via the bigrams() SQL function the store registers), and FTS5's ordinary
// tokenizer takes each pair as one token, so a 2-character term is one token lookup. Every article is queued to
// be indexed again, into both tables.
export const up = `
CREATE VIRTUAL TABLE article_bigrams USING fts5 (
  headline, text, ocr_text,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);

DROP TRIGGER article_texts_reindex;
CREATE TRIGGER article_texts_reindex AFTER UPDATE OF text, ocr_text ON article_texts BEGIN
  DELETE FROM article_search WHERE rowid = new.article_id;
  DELETE FROM article_bigrams WHERE rowid = new.article_id;
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.article_id);
END;
DROP TRIGGER articles_reindex;
CREATE TRIGGER articles_reindex AFTER UPDATE OF headline ON articles BEGIN
  DELETE FROM article_search WHERE rowid = new.id;
  DELETE FROM article_bigrams WHERE rowid = new.id;
  INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
END;
DROP TRIGGER articles_unindex;
CREATE TRIGGER articles_unindex AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = old.id;
  DELETE FROM article_bigrams WHERE rowid = old.id;
END;

INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles;
`;
