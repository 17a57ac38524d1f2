// Whether an article is live and on which page, in an index of its own (issue 12): a spelling's uses are checked
// live one article at a time (names.ts), and read from the table each check decodes the article's row up to
// `removed`, past its heading columns — about twice the cost of reading this narrow index.
export const up = `
CREATE INDEX articles_live ON articles (id, page_id, removed);
`;
