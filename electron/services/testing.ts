// Test support for the services: a temporary store, a clock the test moves, and a page analysis whose output
// the test controls (the real analyzePage is exercised through the handlers' tests).
import { EventBus } from '../../shared/api/bus';
import { ApiError } from '../../shared/api/errors';
import { API_EVENTS, type ApiEventName, type ApiEvents } from '../../shared/api/contract';
import { cleanText } from '../../shared/clean';
import { lintText } from '../../shared/lint';
import type { AnalyzedArticle, AnalyzedPage } from '../../shared/model/types';
import { importSources } from '../import/import';
import type { PageSource } from '../import/sources';
import type { Store } from '../store/repositories';
import { openTempStore } from '../store/testing';
import type { ServiceContext } from './context';

export interface TestContext extends ServiceContext {
  /** Moves the clock forward. */
  advance(ms: number): void;
  /** Every event emitted so far. */
  events: { name: ApiEventName; payload: ApiEvents[ApiEventName] }[];
  dir: string;
  dispose(): void;
}

export function testContext(): TestContext {
  const temp = openTempStore();
  const bus = new EventBus();
  let t = Date.parse('2024-05-01T08:00:00.000Z');
  const events: TestContext['events'] = [];
  for (const name of API_EVENTS) bus.on(name, (payload) => events.push({ name, payload }));
  return {
    store: temp.store,
    bus,
    now: () => new Date(t),
    advance: (ms) => void (t += ms),
    events,
    dir: temp.dir,
    dispose: temp.dispose,
  };
}

/**
 * A controlled analysis: blank-line-separated blocks are articles; a block's first line is its headline and the
 * rest its body (cleaned by the real cleaning rules); a line `[name]` before the headline is its section, and a
 * first block `DATE yyyy-mm-dd` is the masthead.
 */
export function blockAnalyze(text: string): AnalyzedPage {
  const blocks = text.split(/\n{2,}/).map((b) => b.trim()).filter((b) => b !== '');
  const dateBlock = blocks[0]?.match(/^DATE (\d{4}-\d{2}-\d{2})$/);
  if (dateBlock) blocks.shift();
  let offset = 0;
  const articles = blocks.map((block): AnalyzedArticle => {
    const lines = block.split('\n');
    const sections = lines[0]!.startsWith('[') ? [lines.shift()!.slice(1, -1)] : [];
    const headline = lines.shift()!;
    const body = lines.join('\n');
    const { text: cleaned, edits } = cleanText(body);
    const start = text.indexOf(block, offset);
    offset = start + block.length;
    return {
      kind: 'news',
      kicker: null,
      headline,
      subtitle: null,
      byline: null,
      sections,
      subheads: [],
      body,
      ocr: block,
      range: { start, end: offset },
      text: cleaned,
      edits,
      warnings: lintText(cleaned, { edits }),
    };
  });
  const meta = dateBlock ? { paper: '测试报', date: dateBlock[1]!, lunarDate: null, weekday: null, serialNo: null, cn: null, postalCode: null, website: null, email: null } : null;
  return { meta, articles, noise: [] };
}

export function textSource(file: string, text: string): PageSource {
  return { file, read: async () => new TextEncoder().encode(text) };
}

/** Imports pages given as text with blockAnalyze; returns the batch id. */
export async function seedPages(ctx: ServiceContext, pages: Record<string, string>, batch = '测试批次'): Promise<number> {
  const sources = Object.entries(pages).map(([file, text]) => textSource(file, text));
  const report = await importSources(ctx, sources, { batch, analyze: blockAnalyze });
  const refused = report.files.filter((f) => f.status === 'refused');
  if (refused.length > 0) throw new Error(`seed refused: ${JSON.stringify(refused)}`);
  return report.batchId!;
}

/** Article ids of a batch in reading order. */
export function articleIds(store: Store, batchId: number): number[] {
  return store.articles.summaries({ batchId }).map((a) => a.id);
}

/** The ApiError code `fn` throws, or 'none'; any other error is rethrown. */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err.code;
    throw err;
  }
  return 'none';
}
