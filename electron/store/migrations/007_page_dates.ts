// A page's date says where it came from: its masthead, a running head, its file name, or a person. Dates stored
// before came from mastheads only; pages without one had borrowed the batch's, which they no longer do.
export const up = `
ALTER TABLE pages ADD COLUMN date_source TEXT CHECK (date_source IN ('masthead', 'running-head', 'file-name', 'manual'));
UPDATE pages SET date_source = 'masthead' WHERE date IS NOT NULL;
`;
