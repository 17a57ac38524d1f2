// Reading dropped or picked files in the browser, for import.files.
import type { ImportFilePayload } from '../store/slices/importer/action';

/**
 * Files the importer understands: page text (plain, ALTO/PAGE XML, hOCR, PDF) and page images, which the backend
 * pairs with the page of the same name. Other files in a dropped or picked folder are skipped here, and said so.
 */
export const IMPORT_EXTENSIONS = ['.txt', '.xml', '.hocr', '.html', '.htm', '.xhtml', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp'] as const;

export function isPageFile(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Base64 of raw bytes (the backend decodes the encoding, so the bytes go as they are). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function relativeName(file: File): string {
  return (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
}

/** The page files' contents, and the names of the files skipped as not page files. */
export async function readFiles(files: Iterable<File>): Promise<{ pages: ImportFilePayload[]; skipped: string[] }> {
  const pages: ImportFilePayload[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (!isPageFile(file.name)) skipped.push(relativeName(file));
    else pages.push({ name: relativeName(file).slice(-255), base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
  }
  return { pages, skipped };
}

type Entry = FileSystemEntry;

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readAllEntries(dir: FileSystemDirectoryEntry): Promise<Entry[]> {
  const reader = dir.createReader();
  const all: Entry[] = [];
  // readEntries answers in chunks until it answers an empty list.
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function collect(entry: Entry, out: File[]): Promise<void> {
  if (entry.isFile) out.push(await entryFile(entry as FileSystemFileEntry));
  else if (entry.isDirectory) for (const child of await readAllEntries(entry as FileSystemDirectoryEntry)) await collect(child, out);
}

/** Files of a drop, folders walked recursively. */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is Entry => !!e);
  if (entries.length === 0) return [...data.files];
  const out: File[] = [];
  for (const entry of entries) await collect(entry, out);
  return out;
}
