// A page image the desk cannot show as it came (TIFF: Chromium has no decoder) is stored converted to PNG for the
// desk; the file as imported is kept too, under its own content hash, and named here so exports give it back.
export const up = `
ALTER TABLE page_scans ADD COLUMN original_hash TEXT;
ALTER TABLE page_scans ADD COLUMN original_type TEXT;
`;
