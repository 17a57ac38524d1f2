import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/api/contract';
import { createDialogs, type DialogApi } from './dialogs';

function fakeDialog(open: { canceled: boolean; filePaths: string[] }, save: { canceled: boolean; filePath?: string }) {
  return {
    showOpenDialog: vi.fn(async () => open),
    showSaveDialog: vi.fn(async () => ({ filePath: '', ...save })),
  } satisfies DialogApi;
}

describe('createDialogs', () => {
  it('picks .txt pages or folders, in the desk\'s language', async () => {
    let lang: Language = 'zh-CN';
    const dialog = fakeDialog({ canceled: false, filePaths: ['/p/1.txt', '/p/2.txt'] }, { canceled: true });
    const dialogs = createDialogs({ dialog, language: () => lang, documentsDir: '/home/u/Documents' });
    expect(await dialogs.openPaths({ directories: false })).toEqual({ paths: ['/p/1.txt', '/p/2.txt'] });
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith({ title: '导入页面', properties: ['openFile', 'multiSelections'], filters: [{ name: '页面文件', extensions: ['txt', 'xml', 'hocr', 'html', 'htm', 'pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp'] }] });
    lang = 'en';
    await dialogs.openPaths({ directories: true });
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith({ title: 'Import folders', properties: ['openDirectory', 'multiSelections'] });
  });

  it('answers no paths when the open dialog is cancelled', async () => {
    const dialogs = createDialogs({ dialog: fakeDialog({ canceled: true, filePaths: ['/ignored'] }, { canceled: true }), language: () => 'zh-CN', documentsDir: '/d' });
    expect(await dialogs.openPaths({ directories: false })).toEqual({ paths: [] });
  });

  it('saves in the documents folder under the suggested name, filtered by its extension', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] }, { canceled: false, filePath: '/d/out.docx' });
    const dialogs = createDialogs({ dialog, language: () => 'en', documentsDir: '/d' });
    expect(await dialogs.savePath({ defaultName: 'galley-2021-11-22.docx' })).toEqual({ path: '/d/out.docx' });
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith({
      title: 'Export to',
      defaultPath: join('/d', 'galley-2021-11-22.docx'),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      filters: [{ name: 'DOCX', extensions: ['docx'] }],
    });
    await dialogs.savePath({ defaultName: '../../etc/passwd' });
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: join('/d', 'passwd') }));
  });

  it('answers null when the save dialog is cancelled', async () => {
    const dialogs = createDialogs({ dialog: fakeDialog({ canceled: true, filePaths: [] }, { canceled: true, filePath: '/d/x.csv' }), language: () => 'zh-CN', documentsDir: '/d' });
    expect(await dialogs.savePath({ defaultName: 'x.csv' })).toEqual({ path: null });
  });
});
