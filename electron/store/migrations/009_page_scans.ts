// Page scans: what a page knows of its printed original. The layout (a box per line of the page text, from ALTO,
// hOCR, PAGE or a PDF's text layer) is stored as JSON; the image itself lives in the data folder under its
// content hash (scans/<sha256>.<ext>), so the database holds only the reference and its checked dimensions.
export const up = `
CREATE TABLE page_scans (
  page_id      INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
  layout_json  TEXT,
  image_hash   TEXT,
  image_type   TEXT,
  image_width  INTEGER,
  image_height INTEGER,
  -- The page of a PDF the image is (1-based); null for an image file.
  image_page   INTEGER
);
CREATE INDEX page_scans_image ON page_scans (image_hash);
`;
