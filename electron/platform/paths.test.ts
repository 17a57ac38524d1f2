import { describe, expect, it } from 'vitest';
import { defaultDbPath, userDataDir } from './paths';

describe('userDataDir', () => {
  it('uses ~/.config on Linux without XDG_CONFIG_HOME', () => {
    expect(userDataDir({ platform: 'linux', env: {}, home: '/home/li' })).toBe('/home/li/.config/Galley');
  });

  it('uses an absolute XDG_CONFIG_HOME and ignores a relative one', () => {
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/li' })).toBe('/xdg/Galley');
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'rel' }, home: '/home/li' })).toBe('/home/li/.config/Galley');
  });

  it('uses Application Support on macOS', () => {
    expect(userDataDir({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/Users/li' })).toBe('/Users/li/Library/Application Support/Galley');
  });

  it('uses %APPDATA% on Windows, falling back to the roaming folder', () => {
    expect(userDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, home: 'C:\\Users\\li' })).toBe('C:\\Users\\li\\AppData\\Roaming\\Galley');
    expect(userDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\li' })).toBe('C:\\Users\\li\\AppData\\Roaming\\Galley');
  });

  it('honours GALLEY_DATA_DIR on every platform', () => {
    expect(userDataDir({ platform: 'linux', env: { GALLEY_DATA_DIR: '/tmp/g', XDG_CONFIG_HOME: '/xdg' }, home: '/home/li' })).toBe('/tmp/g');
    expect(userDataDir({ platform: 'darwin', env: { GALLEY_DATA_DIR: '/tmp/g' }, home: '/Users/li' })).toBe('/tmp/g');
    expect(userDataDir({ platform: 'win32', env: { GALLEY_DATA_DIR: 'D:\\data', APPDATA: 'C:\\x' }, home: 'C:\\Users\\li' })).toBe('D:\\data');
  });
});

describe('defaultDbPath', () => {
  it('is galley.db in the user data folder', () => {
    expect(defaultDbPath({ platform: 'linux', env: {}, home: '/home/li' })).toBe('/home/li/.config/Galley/galley.db');
    expect(defaultDbPath({ platform: 'win32', env: { APPDATA: 'C:\\R' }, home: 'C:\\Users\\li' })).toBe('C:\\R\\Galley\\galley.db');
  });

  it('defaults to the running process', () => {
    const saved = process.env.GALLEY_DATA_DIR;
    process.env.GALLEY_DATA_DIR = '/tmp/galley-paths-test';
    try {
      expect(defaultDbPath()).toMatch(/galley-paths-test[\\/]galley\.db$/);
    } finally {
      if (saved === undefined) delete process.env.GALLEY_DATA_DIR;
      else process.env.GALLEY_DATA_DIR = saved;
    }
  });
});
