// The native menu: Chinese, or English when the desk's language setting is English. Built as plain data by
// buildMenuTemplate (tested without Electron), then turned into Electron's template with the click actions.
import type { MenuItemConstructorOptions } from 'electron';
import type { ApiMethod, ApiRequest, Language } from '../../shared/api/contract';
import { DESK_SHORTCUTS, type DeskCommand } from '../../shared/api/bridge';

export type MenuRole = NonNullable<MenuItemConstructorOptions['role']>;

/** An API call a menu item makes directly through the handler table. */
export type MenuApiCall = { [M in ApiMethod]: { method: M; req: ApiRequest<M> } }[ApiMethod];

/** Things only the shell can do. */
export type ShellAction = 'open-log-folder';

export type MenuSpec =
  | { type: 'submenu'; label: string; role?: MenuRole; submenu: MenuSpec[] }
  | { type: 'separator' }
  /** Electron does it (undo, zoom, full screen…). */
  | { type: 'role'; role: MenuRole; label?: string }
  /** The desk does it: sent to the renderer on the command channel. */
  | { type: 'command'; command: DeskCommand; label: string; accelerator: string }
  /** Main calls the API directly. */
  | { type: 'api'; id: string; label: string; call: MenuApiCall; checked?: boolean }
  | { type: 'shell'; action: ShellAction; label: string };

type Labels = typeof ZH;

const ZH = {
  file: '文件',
  import: '导入页面…',
  importSample: '导入示例批次',
  export: '导出…',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  findReplace: '查找和替换…',
  review: '校对',
  approve: '通过本文',
  nextChange: '下一处改动',
  prevChange: '上一处改动',
  view: '视图',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  fullScreen: '切换全屏',
  language: '界面语言',
  devTools: '开发者工具',
  window: '窗口',
  minimize: '最小化',
  close: '关闭窗口',
  help: '帮助',
  shortcuts: '键盘快捷键',
  openLogs: '打开日志文件夹',
  about: '关于校样台',
};

const EN: Labels = {
  file: 'File',
  import: 'Import Pages…',
  importSample: 'Import Sample Batch',
  export: 'Export…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  findReplace: 'Find and Replace…',
  review: 'Review',
  approve: 'Approve Article',
  nextChange: 'Next Change',
  prevChange: 'Previous Change',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Toggle Full Screen',
  language: 'Language',
  devTools: 'Developer Tools',
  window: 'Window',
  minimize: 'Minimize',
  close: 'Close Window',
  help: 'Help',
  shortcuts: 'Keyboard Shortcuts',
  openLogs: 'Open Log Folder',
  about: 'About Galley',
};

/** Each language is offered under its own name, whatever the menu's language. */
const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export interface MenuOptions {
  /** Development builds add DevTools. */
  dev?: boolean;
}

export function buildMenuTemplate(lang: Language, platform: NodeJS.Platform, { dev = false }: MenuOptions = {}): MenuSpec[] {
  const t = lang === 'en' ? EN : ZH;
  const mac = platform === 'darwin';
  const command = (c: DeskCommand, label: string): MenuSpec => ({ type: 'command', command: c, label, accelerator: DESK_SHORTCUTS[c] });
  const role = (r: MenuRole, label: string): MenuSpec => ({ type: 'role', role: r, label });
  const separator: MenuSpec = { type: 'separator' };

  return [
    ...(mac ? [{ type: 'submenu', label: 'Galley', role: 'appMenu', submenu: [] } satisfies MenuSpec] : []),
    {
      type: 'submenu',
      label: t.file,
      submenu: [
        command('import', t.import),
        { type: 'api', id: 'import-sample', label: t.importSample, call: { method: 'import.sample', req: {} } },
        separator,
        command('export', t.export),
        ...(mac ? [] : [separator, role('quit', t.quit)]),
      ],
    },
    {
      type: 'submenu',
      label: t.edit,
      submenu: [
        role('undo', t.undo),
        role('redo', t.redo),
        separator,
        role('cut', t.cut),
        role('copy', t.copy),
        role('paste', t.paste),
        role('selectAll', t.selectAll),
        separator,
        command('find-replace', t.findReplace),
      ],
    },
    {
      type: 'submenu',
      label: t.review,
      submenu: [command('approve', t.approve), separator, command('next-change', t.nextChange), command('prev-change', t.prevChange)],
    },
    {
      type: 'submenu',
      label: t.view,
      submenu: [
        role('zoomIn', t.zoomIn),
        role('zoomOut', t.zoomOut),
        role('resetZoom', t.resetZoom),
        separator,
        role('togglefullscreen', t.fullScreen),
        separator,
        {
          type: 'submenu',
          label: t.language,
          submenu: (Object.keys(LANGUAGE_NAMES) as Language[]).map(
            (language): MenuSpec => ({
              type: 'api',
              id: `language-${language}`,
              label: LANGUAGE_NAMES[language],
              call: { method: 'settings.set', req: { language } },
              checked: language === lang,
            }),
          ),
        },
        ...(dev ? [separator, role('toggleDevTools', t.devTools)] : []),
      ],
    },
    {
      type: 'submenu',
      label: t.window,
      role: 'windowMenu',
      submenu: [role('minimize', t.minimize), role('close', t.close)],
    },
    {
      type: 'submenu',
      label: t.help,
      role: 'help',
      submenu: [
        command('shortcuts', t.shortcuts),
        { type: 'shell', action: 'open-log-folder', label: t.openLogs },
        ...(mac ? [] : [separator, role('about', t.about)]),
      ],
    },
  ];
}

export interface MenuActions {
  command(command: DeskCommand): void;
  api(call: MenuApiCall): void;
  shell(action: ShellAction): void;
}

/** Electron's template for `spec`, with each item's click bound to `actions`. */
export function toElectronTemplate(spec: readonly MenuSpec[], actions: MenuActions): MenuItemConstructorOptions[] {
  return spec.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'submenu':
        // macOS fills the app menu itself when given the role alone.
        return item.role === 'appMenu' ? { role: 'appMenu' } : { label: item.label, role: item.role, submenu: toElectronTemplate(item.submenu, actions) };
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: item.role, label: item.label };
      case 'command':
        // The desk binds these keys itself; the menu shows them without taking them (Linux and Windows).
        return { id: item.command, label: item.label, accelerator: item.accelerator, registerAccelerator: false, click: () => actions.command(item.command) };
      case 'api':
        return item.checked === undefined
          ? { id: item.id, label: item.label, click: () => actions.api(item.call) }
          : { id: item.id, label: item.label, type: 'radio', checked: item.checked, click: () => actions.api(item.call) };
      case 'shell':
        return { id: item.action, label: item.label, click: () => actions.shell(item.action) };
    }
  });
}
