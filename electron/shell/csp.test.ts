import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

const repo = join(import.meta.dirname, '..', '..');

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** The policy of the page's CSP meta tag; fails the test when there is none. */
function metaPolicy(html: string): string {
  const tag = html.match(/<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i)?.[0];
  expect(tag, 'a <meta http-equiv="Content-Security-Policy"> tag').toBeDefined();
  const content = tag?.match(/\bcontent=(["'])([\s\S]*?)\1/i)?.[2];
  expect(content, 'the meta tag has a content attribute').toBeDefined();
  return content ?? '';
}

/** The rules every policy of ours keeps: scripts from the app only, no eval, no plugins. */
function expectStrict(policy: string): void {
  const d = directives(policy);
  expect(d.get('script-src') ?? d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
  for (const [name, sources] of d) {
    if (name.startsWith('script-src') || name === 'default-src') expect(sources).not.toContain("'unsafe-inline'");
    expect(sources, `${name} allows no remote or wildcard source`).not.toContainEqual(expect.stringMatching(/^(\*|https?:|http:|ws:|wss:)/));
  }
}

describe('Content-Security-Policy', () => {
  it('the header the app:// protocol sends is strict, and forbids framing', () => {
    expectStrict(CONTENT_SECURITY_POLICY);
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(CONTENT_SECURITY_POLICY).get('base-uri')).toEqual(["'none'"]);
  });

  it('renderer/index.html (source) carries a strict policy in its meta tag', () => {
    const html = readFileSync(join(repo, 'renderer', 'index.html'), 'utf8');
    expectStrict(metaPolicy(html));
  });

  it('the built out/renderer/index.html keeps it, and loads no inline script', (ctx) => {
    const built = join(repo, 'out', 'renderer', 'index.html');
    if (!existsSync(built)) {
      console.log(`skipped: ${built} does not exist yet (npm test builds before the unit tests; run \`npm run build\` to check it)`);
      ctx.skip();
    }
    const html = readFileSync(built, 'utf8');
    expectStrict(metaPolicy(html));
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(script[1], 'scripts are files').toMatch(/\bsrc=/);
      expect(script[2]?.trim()).toBe('');
    }
  });
});
