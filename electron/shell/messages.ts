// What the shell itself says (error boxes, file dialogs), in the desk's language.
import type { Language } from '../../shared/api/contract';

export interface ShellText {
  errorTitle: string;
  startFailed: (detail: string) => string;
  /** What to do when better-sqlite3 was built for Node rather than Electron (development checkouts). */
  nativeAbiHint: string;
  unexpected: (detail: string) => string;
  rendererGone: (reason: string) => string;
  loadFailed: (detail: string) => string;
  reload: string;
  quit: string;
  importTitle: string;
  importFolderTitle: string;
  textFiles: string;
  exportTitle: string;
}

const ZH: ShellText = {
  errorTitle: '校样台出错了',
  startFailed: (detail) => `校样台无法启动：${detail}\n\n日志文件夹里有详细记录。`,
  nativeAbiHint: 'better-sqlite3 不是为 Electron 编译的：开发时请用 npm start 启动（它会为 Electron 另行编译 better-sqlite3，放在 node_modules/.cache/galley）。',
  unexpected: (detail) => `发生了意外错误：${detail}\n\n已保存的内容不受影响，详细记录在日志文件夹中。`,
  rendererGone: (reason) => `校样台窗口意外停止（${reason}）。已保存的内容不受影响。`,
  loadFailed: (detail) => `校样台界面未能加载：${detail}`,
  reload: '重新加载',
  quit: '退出',
  importTitle: '导入页面',
  importFolderTitle: '导入文件夹',
  textFiles: '页面文件',
  exportTitle: '导出到',
};

const EN: ShellText = {
  errorTitle: 'Galley ran into a problem',
  startFailed: (detail) => `Galley could not start: ${detail}\n\nThe log folder has the details.`,
  nativeAbiHint: 'better-sqlite3 is built for Node, not Electron: in development start the app with npm start, which builds a separate copy for Electron in node_modules/.cache/galley.',
  unexpected: (detail) => `An unexpected error occurred: ${detail}\n\nSaved work is not affected; the log folder has the details.`,
  rendererGone: (reason) => `The Galley window stopped unexpectedly (${reason}). Saved work is not affected.`,
  loadFailed: (detail) => `The Galley window could not load: ${detail}`,
  reload: 'Reload',
  quit: 'Quit',
  importTitle: 'Import pages',
  importFolderTitle: 'Import folders',
  textFiles: 'Page files',
  exportTitle: 'Export to',
};

export function shellText(lang: Language): ShellText {
  return lang === 'en' ? EN : ZH;
}
