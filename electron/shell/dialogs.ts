// The native file dialogs behind dialog.openPaths and dialog.savePath: main asks, the renderer never sees a path
// it did not get from the user here.
import { basename, extname, join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { Language } from '../../shared/api/contract';
import type { Dialogs } from '../api/handlers';
import { shellText } from './messages';

/** Electron's dialog module with the parent window already bound. */
export interface DialogApi {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

export interface DialogDeps {
  dialog: DialogApi;
  language: () => Language;
  /** Where a save dialog starts (the user's documents folder). */
  documentsDir: string;
}

/** What the importer reads: page text (plain, ALTO/PAGE, hOCR, PDF) and the page images beside it. */
const PAGE_FILE_EXTENSIONS = ['txt', 'xml', 'hocr', 'html', 'htm', 'pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp'];

export function createDialogs({ dialog, language, documentsDir }: DialogDeps): Dialogs {
  return {
    async openPaths({ directories }) {
      const t = shellText(language());
      const result = await dialog.showOpenDialog(
        directories
          ? { title: t.importFolderTitle, properties: ['openDirectory', 'multiSelections'] }
          : { title: t.importTitle, properties: ['openFile', 'multiSelections'], filters: [{ name: t.textFiles, extensions: PAGE_FILE_EXTENSIONS }] },
      );
      return { paths: result.canceled ? [] : result.filePaths };
    },
    async savePath({ defaultName }) {
      const t = shellText(language());
      const extension = extname(defaultName).slice(1);
      const result = await dialog.showSaveDialog({
        title: t.exportTitle,
        defaultPath: join(documentsDir, basename(defaultName)),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...(extension ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
      });
      return { path: result.canceled || !result.filePath ? null : result.filePath };
    },
  };
}
