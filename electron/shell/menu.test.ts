import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, requestSchemas } from '../../shared/api/contract';
import { DESK_COMMANDS, DESK_SHORTCUTS } from '../../shared/api/bridge';
import { buildMenuTemplate, toElectronTemplate, type MenuSpec } from './menu';

/** The roles Electron knows, read from its type declarations (the binary is not needed). */
function electronRoles(): Set<string> {
  const dts = readFileSync(createRequire(import.meta.url).resolve('electron/electron.d.ts'), 'utf8');
  const options = dts.slice(dts.indexOf('interface MenuItemConstructorOptions'));
  const union = options.match(/role\?: \(([^)]*)\)/)?.[1] ?? '';
  return new Set([...union.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? ''));
}

function leaves(spec: readonly MenuSpec[]): MenuSpec[] {
  return spec.flatMap((item) => (item.type === 'submenu' ? leaves(item.submenu) : [item]));
}

const CJK = /[\u4e00-\u9fff]/;
const PLATFORMS = ['linux', 'win32', 'darwin'] as const;
const LANGS = ['zh-CN', 'en'] as const;
const roles = electronRoles();

describe('buildMenuTemplate', () => {
  it('reads a real role list from Electron\'s types', () => {
    expect(roles.has('undo') && roles.has('togglefullscreen') && roles.size > 30).toBe(true);
  });

  for (const platform of PLATFORMS) {
    for (const lang of LANGS) {
      describe(`${platform}, ${lang}`, () => {
        const spec = buildMenuTemplate(lang, platform, { dev: true });
        const items = leaves(spec);

        it('binds every item to an existing desk command, API method (with a valid request), shell action or Electron role', () => {
          for (const item of items) {
            switch (item.type) {
              case 'command':
                expect(DESK_COMMANDS).toContain(item.command);
                expect(item.accelerator).toBe(DESK_SHORTCUTS[item.command]);
                break;
              case 'api':
                expect(API_METHODS).toContain(item.call.method);
                expect(requestSchemas[item.call.method].safeParse(item.call.req).success, item.id).toBe(true);
                break;
              case 'role':
                expect(roles.has(item.role), item.role).toBe(true);
                break;
              case 'shell':
                expect(item.action).toBe('open-log-folder');
                break;
              case 'separator':
                break;
            }
          }
          for (const item of spec) if (item.type === 'submenu' && item.role) expect(roles.has(item.role), item.role).toBe(true);
        });

        it('offers every desk command once, and the desk\'s shortcuts', () => {
          const commands = items.flatMap((i) => (i.type === 'command' ? [i.command] : []));
          expect([...commands].sort()).toEqual([...DESK_COMMANDS].sort());
          const itemRoles = items.flatMap((i) => (i.type === 'role' ? [i.role] : []));
          expect(itemRoles).toEqual(expect.arrayContaining(['undo', 'redo', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'toggleDevTools']));
          expect(items).toContainEqual(expect.objectContaining({ type: 'shell', action: 'open-log-folder' }));
          expect(items).toContainEqual(expect.objectContaining({ type: 'api', call: { method: 'import.sample', req: {} } }));
        });

        it(`labels everything in ${lang === 'en' ? 'English' : 'Chinese'} (languages by their own names)`, () => {
          const labels = [
            ...spec.filter((i) => i.type === 'submenu' && i.role !== 'appMenu').map((i) => (i.type === 'submenu' ? i.label : '')),
            ...items.flatMap((i) => (i.type !== 'separator' && !(i.type === 'api' && i.id.startsWith('language-')) ? [i.label ?? ''] : [])),
          ];
          for (const label of labels) {
            expect(label.length, 'label').toBeGreaterThan(0);
            expect(CJK.test(label), label).toBe(lang === 'zh-CN');
          }
        });

        it('switches language through settings.set and checks the current one', () => {
          const languages = items.filter((i) => i.type === 'api' && i.call.method === 'settings.set');
          expect(languages).toEqual([
            expect.objectContaining({ label: '中文', call: { method: 'settings.set', req: { language: 'zh-CN' } }, checked: lang === 'zh-CN' }),
            expect.objectContaining({ label: 'English', call: { method: 'settings.set', req: { language: 'en' } }, checked: lang === 'en' }),
          ]);
        });

        it('follows the platform: the app menu on macOS, Quit in File elsewhere', () => {
          expect(spec[0]?.type === 'submenu' && spec[0].role === 'appMenu').toBe(platform === 'darwin');
          expect(items.some((i) => i.type === 'role' && i.role === 'quit')).toBe(platform !== 'darwin');
        });
      });
    }
  }

  it('leaves DevTools out of production menus', () => {
    expect(leaves(buildMenuTemplate('zh-CN', 'linux')).some((i) => i.type === 'role' && i.role === 'toggleDevTools')).toBe(false);
  });
});

describe('toElectronTemplate', () => {
  const actions = () => ({ command: vi.fn(), api: vi.fn(), shell: vi.fn() });
  const find = (template: ReturnType<typeof toElectronTemplate>, id: string): ReturnType<typeof toElectronTemplate>[number] | undefined => {
    for (const item of template) {
      if (item.id === id) return item;
      const inner = Array.isArray(item.submenu) ? find(item.submenu, id) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const click = (item: ReturnType<typeof toElectronTemplate>[number] | undefined) => (item?.click as (() => void) | undefined)?.();

  it('sends desk commands, shows their keys but leaves the keys to the desk', () => {
    const a = actions();
    const template = toElectronTemplate(buildMenuTemplate('zh-CN', 'linux'), a);
    const approve = find(template, 'approve');
    expect(approve).toMatchObject({ label: '通过本文', accelerator: DESK_SHORTCUTS.approve, registerAccelerator: false });
    click(approve);
    expect(a.command).toHaveBeenCalledWith('approve');
  });

  it('runs API items and shell actions through their callbacks; language items are radios', () => {
    const a = actions();
    const template = toElectronTemplate(buildMenuTemplate('en', 'win32'), a);
    click(find(template, 'import-sample'));
    expect(a.api).toHaveBeenCalledWith({ method: 'import.sample', req: {} });
    expect(find(template, 'language-en')).toMatchObject({ type: 'radio', checked: true });
    click(find(template, 'language-zh-CN'));
    expect(a.api).toHaveBeenLastCalledWith({ method: 'settings.set', req: { language: 'zh-CN' } });
    click(find(template, 'open-log-folder'));
    expect(a.shell).toHaveBeenCalledWith('open-log-folder');
  });

  it('keeps roles and lets macOS fill its app menu', () => {
    const template = toElectronTemplate(buildMenuTemplate('zh-CN', 'darwin'), actions());
    expect(template[0]).toEqual({ role: 'appMenu' });
    const edit = template.find((i) => i.label === '编辑');
    expect(Array.isArray(edit?.submenu) && edit.submenu[0]).toEqual({ role: 'undo', label: '撤销' });
  });
});
