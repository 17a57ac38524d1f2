// Export round trip: what the JSONL export writes equals what the store holds, for every approved article, after
// the kinds of work a proofreader and an editor do (hand edits, heading fields, sections, HTML-looking text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { ApiHandlers, ApiMethod, ApiRequest, ApiResponses, ArticleDetail } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { testContext, type TestContext } from '../services/testing';
import { createHandlers } from './handlers';

let ctx: TestContext;
let handlers: ApiHandlers;
afterEach(() => ctx?.dispose());

async function call<M extends ApiMethod>(method: M, payload: ApiRequest<M>): Promise<ApiResponses[M]> {
  const envelope = await dispatch(handlers, method, payload, { transport: 'test' });
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as ApiResponses[M];
}

it('JSONL export carries exactly the stored state of every approved article, and nothing else', async () => {
  ctx = testContext();
  handlers = createHandlers({
    store: ctx.store,
    bus: ctx.bus,
    info: { version: 'test', host: 'http', nativeDialogs: false, dbPath: join(ctx.dir, 'x.db') },
    exportDir: join(ctx.dir, 'exports'),
    now: ctx.now,
  });
  await call('settings.set', { reviewer: '李校对' });
  const { batchId } = await call('import.sample', {});
  const all = await call('articles.list', { batchId: batchId! });
  expect(all.length).toBeGreaterThan(20);

  // Every third article is worked on and approved; one more is edited but left unapproved.
  const approvedIds: number[] = [];
  for (const [i, summary] of all.entries()) {
    if (i % 3 !== 0 && i !== 1) continue;
    const detail = await call('articles.get', { id: summary.id });
    const text = i === 0 ? `${detail.text}\n<script>alert("x")</script> & “引号”, 1,000` : detail.text.replace('。', '。\n');
    const saved = await call('articles.save', { id: detail.id, baseRevision: detail.revision, text, fields: { subtitle: i === 3 ? '手改副题' : detail.subtitle } });
    if (i === 6) await call('tags.assign', { articleId: detail.id, name: '产改进行时' });
    if (i === 1) continue;
    ctx.advance(10_000);
    await call('articles.setStatus', { id: detail.id, baseRevision: saved.revision, status: 'approved' });
    approvedIds.push(detail.id);
  }

  const record = await call('export.run', { selection: { batchId: batchId! }, format: 'jsonl' });
  expect(record.count).toBe(approvedIds.length);
  const lines = readFileSync(record.path, 'utf8').split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(approvedIds.length);
  const exported = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(exported.map((e) => e.id).sort((a, b) => Number(a) - Number(b))).toEqual([...approvedIds].sort((a, b) => a - b));

  const pages = await call('pages.list', { batchId: batchId! });
  for (const e of exported) {
    const held: ArticleDetail = await call('articles.get', { id: Number(e.id) });
    const page = pages.find((p) => p.id === held.pageId)!;
    expect(e).toMatchObject({
      paper: page.meta?.paper ?? '浙江工人日报',
      date: held.date,
      pageFile: held.pageFile,
      kind: held.kind,
      kicker: held.kicker,
      headline: held.headline,
      subtitle: held.subtitle,
      byline: held.byline,
      sections: held.sections,
      body: held.text,
      status: 'approved',
      approvedAt: held.approvedAt,
      approvedBy: '李校对',
    });
  }
  // HTML-looking text stays text, byte for byte.
  expect(exported.some((e) => String(e.body).includes('<script>alert("x")</script> & “引号”, 1,000'))).toBe(true);
  expect(exported.some((e) => e.subtitle === '手改副题')).toBe(true);
  expect(exported.some((e) => (e.sections as string[]).includes('产改进行时'))).toBe(true);
});
