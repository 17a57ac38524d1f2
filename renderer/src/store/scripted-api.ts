// Test support for the store's action tests: a client answering from a table of handlers, and an article detail.
import type { ApiMethod, ApiRequest, ApiResponses, ArticleDetail } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { DeskApi } from '../api';

export type Calls = { method: ApiMethod; req: unknown }[];

/** An article detail at `revision` with `text` as OCR, rules' and current text; `extra` overrides any field. */
export function detail(revision: number, text: string, extra: Partial<ArticleDetail> = {}): ArticleDetail {
  return {
    id: 7, pageId: 1, batchId: 1, ord: 0, kind: 'news', kicker: null, headline: '标题', status: 'new', warningCount: 0, sections: [], pageFile: 'p.txt',
    date: null, revision, updatedAt: '', subtitle: null, byline: null, subheads: [], ocrRaw: text, ocrText: text, autoText: text, text, edits: [],
    warnings: [], checks: [], suspicions: [], flagNote: null, approvedAt: null, approvedBy: null, pageMeta: null, hasImage: false, hasLayout: false, lineBoxes: null,
    ...extra,
  };
}

/** A client answering from a table of handlers, recording every call: what the store sends is what is tested. */
export function scriptedApi(answers: Partial<{ [M in ApiMethod]: (req: ApiRequest<M>) => ApiResponses[M] }>, calls: Calls): DeskApi {
  return {
    transport: 'http',
    async call<M extends ApiMethod>(method: M, req: ApiRequest<M>) {
      calls.push({ method, req });
      const answer = answers[method] as ((r: ApiRequest<M>) => ApiResponses[M]) | undefined;
      if (!answer) throw new ApiError('unsupported', method);
      return answer(req);
    },
    on: () => () => {},
    exportFileUrl: () => null,
    onDeskMessage: () => () => {},
  };
}
