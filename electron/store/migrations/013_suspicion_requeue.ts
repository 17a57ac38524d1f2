// Texts to read again after a correction changed the paper's confusion counts (issue 12: finding them in the
// save itself read every text of a 4,000-page batch, ~2.5 s). The save only records what to look for; the
// queue is filled from it before it is next read, off the request path, in the same database so a crash
// between the two loses nothing.
export const up = `
CREATE TABLE suspicion_requeue (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
  containing TEXT NOT NULL
);
`;
