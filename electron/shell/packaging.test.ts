import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGED_RESOURCES, resourcePaths } from './resources';

const repo = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  [key: string]: unknown;
  files: (string | { filter: string[] })[];
  asarUnpack: string[];
  npmRebuild: boolean;
  extraResources: { from: string; to: string; filter?: string[] }[];
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: { target: string }[] };
  nsis: Record<string, unknown>;
  mac: { icon: string; target: { target: string }[] };
  linux: { icon: string; target: { target: string }[]; executableArgs: string[]; desktop: { entry: Record<string, string> } };
}

let config: BuilderConfig;

beforeAll(async () => {
  // electron-builder's own loader and schema validation (the same code `npm run dist` runs first).
  const { getConfig, validateConfiguration } = require(require.resolve('app-builder-lib/out/util/config/config', { paths: [require.resolve('electron-builder')] }));
  const { DebugLogger } = require(require.resolve('builder-util', { paths: [require.resolve('electron-builder')] }));
  config = await getConfig(repo, join(repo, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s schema validation and names the app', () => {
    expect(config.appId).toBe('com.galley.desk');
    expect(config.productName).toBe('Galley');
  });

  it('flips the production fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the build output, unpacks and rebuilds better-sqlite3', () => {
    expect(config.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter))).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3/**']));
    expect(config.npmRebuild).toBe(true);
  });

  it('ships the samples and the window icon where main looks for them', () => {
    const samples = config.extraResources.find((r) => r.from === 'resources/samples');
    expect(samples?.to).toBe(PACKAGED_RESOURCES.samples);
    expect(readdirSync(join(repo, 'resources', 'samples')).filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(0);
    const icon = config.extraResources.find((r) => r.to === PACKAGED_RESOURCES.icon);
    expect(icon && existsSync(join(repo, icon.from))).toBe(true);
    expect(resourcePaths({ packaged: true, resourcesPath: '/opt/Galley/resources', repoRoot: repo, platform: 'linux' })).toEqual({
      samplesDir: join('/opt/Galley/resources', samples?.to ?? '?'),
      icon: join('/opt/Galley/resources', icon?.to ?? '?'),
    });
  });

  it('ships every table of the suspicion engine', () => {
    const tables = config.extraResources.find((r) => r.from === 'resources/suspect');
    expect(tables?.to).toBe('suspect');
    const files = readdirSync(join(repo, 'resources', 'suspect'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(tables?.filter ?? [], file).toContain(`*${file.slice(file.lastIndexOf('.'))}`);
  });

  it('finds the same files in the repository during development, and no window icon on macOS', () => {
    const dev = resourcePaths({ packaged: false, resourcesPath: '/nowhere', repoRoot: repo, platform: 'win32' });
    expect(statSync(dev.samplesDir).isDirectory()).toBe(true);
    expect(pngSize(dev.icon ?? '')).toEqual([512, 512]);
    expect(resourcePaths({ packaged: true, resourcesPath: '/r', repoRoot: repo, platform: 'darwin' }).icon).toBeUndefined();
  });

  it('builds NSIS on Windows, dmg on macOS, AppImage and deb on Linux', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
  });

  it('carries the Chinese name 校样台 into the installer and the desktop entry', () => {
    expect(config.nsis.shortcutName).toContain('校样台');
    expect(config.linux.desktop.entry['Name[zh_CN]']).toBe('校样台');
    expect(config.linux.desktop.entry.Name).toBe('Galley');
    // Local paths, which the app imports (argv parsing expects paths, not URIs).
    expect(config.linux.executableArgs).toEqual(['%F']);
  });
});

describe('icons', () => {
  const icons = join(repo, 'resources', 'icons');

  it('has an SVG master and PNGs of the size their names say', () => {
    expect(readFileSync(join(icons, 'galley.svg'), 'utf8')).toMatch(/^<svg\b[^>]*viewBox="0 0 1024 1024"/);
    const pngs = readdirSync(icons).filter((f) => f.endsWith('.png'));
    expect(pngs).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '256x256.png', '512x512.png', '1024x1024.png']));
    for (const png of pngs) {
      const size = Number(png.split('x')[0]);
      expect(pngSize(join(icons, png)), png).toEqual([size, size]);
    }
  });

  it('gives each platform an icon large enough to derive its own format from', () => {
    expect(pngSize(join(repo, config.win.icon))[0]).toBeGreaterThanOrEqual(256);
    expect(pngSize(join(repo, config.mac.icon))[0]).toBeGreaterThanOrEqual(512);
    expect(statSync(join(repo, config.linux.icon)).isDirectory()).toBe(true);
  });
});
