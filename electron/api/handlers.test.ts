import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiHandlers, ApiMethod, ApiRequest, ApiResponses, AppInfo } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { testContext, type TestContext } from '../services/testing';
import { createHandlers, type Dialogs } from './handlers';

let ctx: TestContext;
let handlers: ApiHandlers;
afterEach(() => ctx?.dispose());

const info: AppInfo = { version: '0.0.0-test', host: 'http', nativeDialogs: false, dbPath: '/tmp/x.db' };

function setup(dialogs?: Dialogs): void {
  ctx = testContext();
  handlers = createHandlers({ store: ctx.store, bus: ctx.bus, info, dialogs, exportDir: join(ctx.dir, 'exports'), now: ctx.now });
}

async function call<M extends ApiMethod>(method: M, payload: ApiRequest<M>): Promise<ApiResponses[M]> {
  const envelope = await dispatch(handlers, method, payload, { transport: 'test' });
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as ApiResponses[M];
}

async function fail(method: string, payload: unknown): Promise<{ code: string; message: string }> {
  const envelope = await dispatch(handlers, method, payload, { transport: 'test' });
  if (envelope.ok) throw new Error(`${method} succeeded`);
  return envelope.error;
}

describe('handlers through dispatch', () => {
  it('answers app.info and keeps settings in the database', async () => {
    setup();
    expect(await call('app.info', {})).toEqual(info);
    expect(await call('settings.get', {})).toEqual({ reviewer: '', language: 'zh-CN' });
    expect(await call('settings.set', { reviewer: '  王校对 ', language: 'en' })).toEqual({ reviewer: '王校对', language: 'en' });
    expect(await call('settings.get', {})).toEqual({ reviewer: '王校对', language: 'en' });
  });

  it('turns bad payloads into invalid-request before any handler runs', async () => {
    setup();
    expect((await fail('articles.save', { id: 1, text: 'x' })).code).toBe('invalid-request');
    expect((await fail('articles.get', { id: -1 })).code).toBe('invalid-request');
    expect((await fail('find.search', { batchId: 1, query: '' })).code).toBe('invalid-request');
    expect((await fail('settings.set', { language: 'fr' })).code).toBe('invalid-request');
    expect((await fail('no.such', {})).code).toBe('not-found');
  });

  it('imports the sample batch with the real analysis, once', async () => {
    setup();
    const report = await call('import.sample', {});
    expect(report.batchName).toBe('示例 Sample');
    expect(report.files).toHaveLength(5);
    expect(report.files.every((f) => f.status === 'imported' && f.articles > 0)).toBe(true);
    const [batch] = await call('batches.list', {});
    expect(batch).toMatchObject({ id: report.batchId, pageCount: 5, byStatus: { new: batch!.articleCount } });
    const pages = await call('pages.list', { batchId: report.batchId! });
    expect(pages.filter((p) => p.meta !== null).map((p) => [p.file, p.date])).toEqual([
      ['003_43f4299937225fbf.txt', '2021-11-22'],
      ['004_9c306fc66aad49a4.txt', '2021-08-18'],
    ]);
    // Page-level batch warnings travel with the page summary: 004's misread website.
    const flagged = pages.filter((p) => p.warnings.length > 0);
    expect(flagged.map((p) => p.file)).toEqual(['004_9c306fc66aad49a4.txt']);
    expect(flagged[0]!.warnings.map((w) => w.excerpt)).toContain('www.zjgrbb.com');
    expect((await call('tags.list', {})).map((t) => t.name)).toContain('产改进行时');

    const again = await call('import.sample', {});
    expect(again.files.map((f) => f.status)).toEqual(Array(5).fill('duplicate'));
    expect(again.batchId).toBe(report.batchId);
    expect(ctx.events.filter((e) => e.name === 'import.progress')).toHaveLength(20);
  });

  it('edits through the API: conflicts are errors, changes are events', async () => {
    setup();
    const report = await call('import.files', {
      files: [{ name: 'p.txt', base64: Buffer.from('镇海为职工发放补贴\n\n本报讯 记者张三报道 日前,宁波市镇海区总工会召开会议。\n').toString('base64') }],
      batch: '上传',
    });
    expect(report.files[0]).toMatchObject({ status: 'imported' });
    const [summary] = await call('articles.list', { batchId: report.batchId! });
    const detail = await call('articles.get', { id: summary!.id });
    expect(detail.text).toContain('日前，宁波市');
    const saved = await call('articles.save', { id: detail.id, baseRevision: detail.revision, text: `${detail.text}\n新段落。` });
    expect((await fail('articles.save', { id: detail.id, baseRevision: detail.revision, text: 'x' })).code).toBe('conflict');
    expect(ctx.events.filter((e) => e.name === 'article.changed').map((e) => e.payload)).toEqual([{ id: detail.id, revision: saved.revision, status: 'editing', warningCount: saved.warnings.length }]);
    expect((await fail('find.search', { batchId: report.batchId, query: '(', regex: true })).code).toBe('invalid-request');
    expect((await fail('batches.rename', { id: 999, name: 'x' })).code).toBe('not-found');
  });

  it('runs an export into the export folder and records it', async () => {
    setup();
    const report = await call('import.sample', {});
    const [first] = await call('articles.list', { batchId: report.batchId!, limit: 1 });
    await call('articles.setStatus', { id: first!.id, baseRevision: first!.revision, status: 'approved' });
    expect(await call('export.count', { selection: {} })).toEqual({ count: 1 });
    const record = await call('export.run', { selection: { batchId: report.batchId! }, format: 'jsonl' });
    expect(record).toMatchObject({ format: 'jsonl', count: 1, selection: { batchId: report.batchId, status: 'approved' } });
    expect(record.path.startsWith(join(ctx.dir, 'exports'))).toBe(true);
    expect(existsSync(record.path)).toBe(true);
    expect(readFileSync(record.path, 'utf8')).toContain(first!.headline);
    expect(await call('export.history', {})).toEqual([record]);
    expect(ctx.events.filter((e) => e.name === 'export.progress').map((e) => e.payload)).toEqual([
      { done: 0, total: 1 },
      { done: 1, total: 1 },
    ]);
  });

  it('says unsupported for dialogs without a desktop shell, and uses the shell’s when given', async () => {
    setup();
    expect(await fail('dialog.openPaths', {})).toMatchObject({ code: 'unsupported' });
    expect(await fail('dialog.savePath', { defaultName: 'a.csv' })).toMatchObject({ code: 'unsupported' });
    ctx.dispose();
    setup({ openPaths: async (req) => ({ paths: [req.directories ? '/dir' : '/file.txt'] }), savePath: async (req) => ({ path: `/out/${req.defaultName}` }) });
    expect(await call('dialog.openPaths', { directories: true })).toEqual({ paths: ['/dir'] });
    expect(await call('dialog.savePath', { defaultName: 'a.csv' })).toEqual({ path: '/out/a.csv' });
  });
});
