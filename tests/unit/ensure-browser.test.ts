import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ensureBrowser, NO_BROWSER, SYSTEM_CHROMIUM, type BrowserEnv } from '../setup/browser';

/** A machine: which browsers it has, whether we are root with apt, and what installing does. */
function machine(opts: { playwright?: string; system?: boolean; root?: boolean; apt?: boolean; installWorks?: boolean }) {
  let system = opts.system ?? false;
  const ran: string[] = [];
  const logged: string[] = [];
  const env: BrowserEnv = {
    playwrightChromium: () => opts.playwright ?? null,
    exists: (path) => path === SYSTEM_CHROMIUM && system,
    isRoot: opts.root ?? false,
    hasApt: opts.apt ?? false,
    run: (command, args) => {
      ran.push([command, ...args].join(' '));
      if (args[0] === 'install') {
        if (!opts.installWorks) throw new Error('E: Unable to locate package chromium');
        system = true;
      }
    },
    log: (line) => logged.push(line),
  };
  return { env, ran, logged };
}

describe('ensureBrowser', () => {
  it("uses Playwright's Chromium, then Debian's, installing nothing", () => {
    const withPlaywright = machine({ playwright: '/root/.cache/ms-playwright/chromium-1/chrome', system: true, root: true, apt: true });
    expect(ensureBrowser(withPlaywright.env)).toEqual({ ok: true, browser: '/root/.cache/ms-playwright/chromium-1/chrome' });
    const withSystem = machine({ system: true, root: true, apt: true });
    expect(ensureBrowser(withSystem.env)).toEqual({ ok: true, browser: SYSTEM_CHROMIUM });
    expect([...withPlaywright.ran, ...withSystem.ran]).toEqual([]);
  });

  it("installs Debian's chromium when none is found and it can (root, apt)", () => {
    const m = machine({ root: true, apt: true, installWorks: true });
    expect(ensureBrowser(m.env)).toEqual({ ok: true, browser: SYSTEM_CHROMIUM });
    expect(m.ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
    expect(m.logged).toHaveLength(1);
  });

  it('stops with one line saying what to run when it cannot install', () => {
    for (const m of [machine({ root: false, apt: true }), machine({ root: true, apt: false })]) {
      expect(ensureBrowser(m.env)).toEqual({ ok: false, message: NO_BROWSER });
      expect(m.ran).toEqual([]);
    }
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toMatch(/apt-get install -y chromium/);
    const failed = ensureBrowser(machine({ root: true, apt: true, installWorks: false }).env);
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.message).toMatch(/^npm test: installing chromium failed \(E: Unable to locate package chromium\); .*npx playwright install chromium/);
  });
});

describe('the test command', () => {
  it('sets up the browser first, and CI runs exactly the README commands', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.scripts.test.startsWith('tsx tests/setup/ensure-browser.ts && ')).toBe(true);
    expect(pkg.scripts.test.endsWith('playwright test')).toBe(true);
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    const commands = ci.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#') && !/^(set|cd) /.test(l));
    expect(commands).toEqual(['npm ci', 'npm test']);
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toMatch(/^npm ci && npm start .*\nnpm test /m);
  });
});
