import { rememberPlace } from '../../../lib/lastPlace';
import type { ArticleDetail } from '../../../../../shared/api/contract';
import type { Range } from '../../../../../shared/model/types';
import type { DeskApi } from '../../../api';
import { asApiError, errorLike } from '../../../api/envelope';
import type { DeskSlice, DeskState } from '../../types';
import { errorText, translate } from '../../../i18n';
import { nextUnapprovedId } from '../library/selectors';
import { openWarnings } from './selectors';
import type { Notice } from '../session/initialState';
import type { HeadingFields } from './initialState';

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 800;

export interface EditorActions {
  /** Open an article; false (and the reason shown) when the open one's edits could not be saved first. */
  openArticle(id: number): Promise<boolean>;
  closeArticle(): Promise<void>;
  /** The proofreader changed the text; schedules an autosave. */
  editText(text: string): void;
  editField(name: keyof HeadingFields, value: string): void;
  /** Save now if anything is unsaved, and wait for any save under way. */
  flushSave(): Promise<boolean>;
  /** Try a failed save again. */
  retrySave(): Promise<void>;
  /** Drop local changes and load the article as stored. */
  reloadArticle(): Promise<void>;
  /** After a conflict: save the local text over the newer stored revision. */
  keepMine(): Promise<void>;
  /** Approve; with warnings nobody has checked yet, first ask (the approve-warnings dialog). */
  approve(openNext: boolean): Promise<void>;
  /** The approver confirmed: every open warning is marked checked, then the article approved. */
  confirmApproval(): Promise<void>;
  cancelApproval(): void;
  checkWarning(key: string, checked: boolean): Promise<void>;
  flag(note: string): Promise<void>;
  backToEditing(): Promise<void>;
  split(paragraph: number): Promise<void>;
  mergeNext(): Promise<void>;
  moveParagraph(paragraph: number, targetId: number, position: 'start' | 'end'): Promise<void>;
  markNoise(): Promise<void>;
  /** Undo the newest segmentation step of the open article's page (or of `pageId`). */
  undoSegment(pageId?: number): Promise<void>;
  loadSegmentSteps(): Promise<void>;
  loadRevisions(): Promise<void>;
  restoreRevision(revisionId: number): Promise<void>;
  assignSection(name: string): Promise<void>;
  unassignSection(name: string): Promise<void>;
  jumpTo(range: Range): void;
  /** Another window or a batch operation changed an article. */
  onCurrentArticleChanged(id: number, revision: number): void;
}

function fieldsOf(a: ArticleDetail): HeadingFields {
  return { kicker: a.kicker, headline: a.headline, subtitle: a.subtitle, byline: a.byline };
}

const sameFields = (a: HeadingFields, b: HeadingFields) =>
  a.kicker === b.kicker && a.headline === b.headline && a.subtitle === b.subtitle && a.byline === b.byline;

export const createEditorActions =
  (api: DeskApi): DeskSlice<EditorActions> =>
  (set, get) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let inflight: Promise<void> | null = null;
    let openRequest = 0;

    const cancelTimer = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    const schedule = () => {
      cancelTimer();
      timer = setTimeout(() => {
        timer = null;
        void save();
      }, AUTOSAVE_DELAY_MS);
    };

    /** One save of the current draft; a save never overlaps another. */
    async function save(): Promise<void> {
      cancelTimer();
      if (inflight) await inflight;
      const { article, draft, fields, baseRevision, saveState, suggested } = get();
      if (!article || saveState !== 'dirty') return;
      set({ saveState: 'saving', saveError: null });
      const run = (async () => {
        try {
          const result = await api.call('articles.save', { id: article.id, baseRevision, text: draft, fields, ...(suggested.length > 0 ? { suggested } : {}) });
          if (get().article?.id !== article.id) return;
          get().suspicionsSaved(draft, result, suggested);
          const unchanged = get().draft === draft && sameFields(get().fields, fields);
          set({
            baseRevision: result.revision,
            warnings: result.warnings,
            saveState: unchanged ? 'saved' : 'dirty',
            article: { ...get().article!, revision: result.revision, status: result.status, text: draft, ...fields, warnings: result.warnings },
          });
          const row = get().articles.find((a) => a.id === article.id);
          if (row) get().patchArticle({ ...row, ...fields, headline: fields.headline, revision: result.revision, status: result.status, warningCount: result.warnings.length });
          if (!unchanged) schedule();
        } catch (err) {
          if (get().article?.id === article.id) set({ saveState: 'failed', saveError: errorLike(err) });
        }
      })();
      inflight = run;
      await run;
      if (inflight === run) inflight = null;
    }

    /** Apply a local edit and schedule its autosave, in one store update. */
    function markDirty(edit: Partial<DeskState>) {
      // After a conflict, typing must not silently retry against a stale base; the proofreader chooses.
      const conflict = get().saveState === 'failed' && get().saveError?.code === 'conflict';
      set(conflict ? { ...edit, segmentUndoPage: null } : { ...edit, saveState: 'dirty', saveError: null, segmentUndoPage: null });
      if (!conflict) schedule();
    }

    /**
     * Fetch an article. `replace` opens it (or reloads it on purpose): the editor is read-only meanwhile
     * (`articleLoading`), so nothing typed can land in the article being left or vanish when the new one arrives.
     * `keep` takes the stored revision but keeps the local text (keep mine). `background` follows a change made
     * elsewhere while the proofreader may go on typing: local edits win over the stored text.
     */
    async function load(id: number, mode: 'replace' | 'keep' | 'background' = 'replace'): Promise<ArticleDetail | null> {
      // A background fetch gives way to any open or reload begun after it, and never cancels one.
      const request = mode === 'background' ? openRequest : ++openRequest;
      if (mode === 'replace') set({ articleLoading: true });
      const before = { draft: get().draft, fields: get().fields };
      try {
        const article = await api.call('articles.get', { id });
        if (request !== openRequest) return null;
        if (mode === 'background') return followStored(article, before);
        set({
          article,
          articleLoading: false,
          baseRevision: article.revision,
          warnings: article.warnings,
          ...(mode === 'keep' ? {} : { draft: article.text, fields: fieldsOf(article), docNonce: get().docNonce + 1, saveState: 'saved' as const, saveError: null }),
        });
        get().suspicionsLoaded(article);
        return article;
      } catch (err) {
        if (request === openRequest && mode !== 'background') set({ articleLoading: false });
        get().reportError(err);
        return null;
      }
    }

    /**
     * A revision stored elsewhere arrived while this window may have been typing. Untouched since the request, the
     * editor takes it; otherwise the local text stays, and if the stored text differs from the one it was based
     * on, the save state says conflict (reload or keep mine), rather than a later save failing or text vanishing.
     */
    function followStored(fresh: ArticleDetail, before: { draft: string; fields: HeadingFields }): ArticleDetail | null {
      const { article, draft, fields, saveState, baseRevision } = get();
      if (!article || article.id !== fresh.id || fresh.revision <= baseRevision) return null;
      const untouched = saveState === 'saved' && !inflight && draft === before.draft && sameFields(fields, before.fields);
      if (untouched) {
        set({ article: fresh, baseRevision: fresh.revision, warnings: fresh.warnings, draft: fresh.text, fields: fieldsOf(fresh), docNonce: get().docNonce + 1 });
        get().suspicionsLoaded(fresh);
        return fresh;
      }
      const theirs = fresh.text !== article.text || !sameFields(fieldsOf(fresh), fieldsOf(article));
      if (!theirs) {
        // Only status or warnings moved elsewhere: the local text may be saved on the new revision as it is.
        set({ baseRevision: fresh.revision, article: { ...article, revision: fresh.revision, status: fresh.status, checks: fresh.checks } });
        return fresh;
      }
      cancelTimer();
      if (!(saveState === 'failed' && get().saveError?.code === 'conflict')) set({ saveState: 'failed', saveError: { code: 'conflict', message: '' } });
      return fresh;
    }

    async function approveNow(openNext: boolean, acknowledgeWarnings: boolean): Promise<void> {
      const article = get().article;
      if (!article) return;
      try {
        const summary = await api.call('articles.setStatus', { id: article.id, baseRevision: get().baseRevision, status: 'approved', ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}) });
        if (acknowledgeWarnings) void load(article.id, 'keep');
        get().patchArticle(summary);
        set({ article: { ...get().article!, status: summary.status, approvedAt: summary.updatedAt } });
        void get().refreshLibrary();
        if (!openNext) return;
        const next = nextUnapprovedId(get().articles, article.id);
        if (next !== null) await get().openArticle(next);
        else get().notify({ kind: 'info', key: 'review.allDone' });
      } catch (err) {
        await statusRefused(article.id, err);
      }
    }

    /**
     * A status change refused because the article has a newer revision than the one shown (another window saved):
     * show that revision and say so; the person decides again on what they now see.
     */
    async function statusRefused(id: number, err: unknown): Promise<void> {
      if (asApiError(err).code !== 'conflict' || get().article?.id !== id) return get().reportError(err);
      await load(id);
      void get().refreshLibrary();
      get().notify({ kind: 'error', key: 'review.approveStale' });
    }

    /**
     * Save pending work, run a segmentation change, then reload the article and the lists it touches. The change is
     * a step of the page's history: Ctrl+Z (or the notice's undo) takes it back.
     */
    async function afterSegment(change: () => Promise<number | null>, done: Notice['key']): Promise<void> {
      const pageId = get().article?.pageId ?? null;
      if (!(await get().flushSave())) return;
      try {
        const openId = await change();
        await get().refreshLibrary();
        if (openId !== null) await get().openArticle(openId);
        set({ segmentUndoPage: pageId });
        get().notify({ kind: 'info', key: done, action: 'undo-segment', ...(pageId !== null ? { undoPage: pageId } : {}) });
        void get().loadSegmentSteps();
      } catch (err) {
        get().reportError(err);
      }
    }

    /** Save until nothing typed is left unsaved (typing may go on while a save is under way); false if one failed. */
    async function settle(): Promise<boolean> {
      while (get().saveState === 'dirty' || inflight) {
        if (!(await get().flushSave())) return false;
      }
      return get().saveState !== 'failed';
    }

    /** Leaving was refused because the open article's edits are not stored: say why, and what to do. */
    function stayReason(): void {
      const error = get().saveError;
      const language = get().settings.language;
      const reason = error?.code === 'conflict' ? translate(language, 'save.conflict') : translate(language, 'save.failed', { message: errorText(error ?? { code: 'internal', message: '' }, language) });
      get().notify({ kind: 'error', key: 'review.stayUnsaved', params: { reason } });
    }

    return {
      async openArticle(id) {
        // Read-only from the first moment: a keystroke after the flush below would be replaced by the new text.
        // Opening another article ends "right after" a segmentation step: Ctrl+Z there is that article's own undo,
        // not a step taken on an article out of view (the page's history and the notice still undo it).
        set({ articleLoading: true, ...(get().article?.id !== id ? { segmentUndoPage: null } : {}) });
        if (!(await settle())) {
          set({ articleLoading: false });
          stayReason();
          return false;
        }
        set({ revisions: null, jump: null });
        await load(id);
        const batchId = get().batchId;
        if (get().article?.id === id && batchId !== null) rememberPlace({ batchId, articleId: id });
        return get().article?.id === id;
      },
      async closeArticle() {
        await get().flushSave();
        openRequest++;
        set({ article: null, articleLoading: false, draft: '', revisions: null, saveState: 'saved', saveError: null });
      },
      editText(text) {
        if (!get().article || text === get().draft) return;
        markDirty({ draft: text });
      },
      editField(name, value) {
        if (!get().article) return;
        const nullable = name !== 'headline';
        markDirty({ fields: { ...get().fields, [name]: nullable && value === '' ? null : value } });
      },
      async flushSave() {
        if (get().saveState === 'dirty') await save();
        else if (inflight) await inflight;
        return get().saveState !== 'failed';
      },
      async retrySave() {
        if (!get().article) return;
        set({ saveState: 'dirty', saveError: null });
        await save();
      },
      async reloadArticle() {
        const article = get().article;
        if (!article) return;
        cancelTimer();
        set({ saveState: 'saved', saveError: null });
        await load(article.id);
      },
      async keepMine() {
        const article = get().article;
        if (!article) return;
        const fresh = await load(article.id, 'keep');
        if (!fresh) return;
        set({ saveState: 'dirty', saveError: null });
        await save();
      },
      async approve(openNext) {
        const article = get().article;
        if (!article || !(await get().flushSave())) return;
        // Open warnings, or no headline (a piece split off often has none): ask before approving.
        if (openWarnings(get().warnings, get().article!.checks).length > 0 || get().fields.headline.trim() === '') {
          set({ pendingApproval: { openNext } });
          get().openOverlay('approve-warnings');
          return;
        }
        await approveNow(openNext, false);
      },
      async confirmApproval() {
        const pending = get().pendingApproval;
        set({ pendingApproval: null });
        get().closeOverlay();
        if (pending) await approveNow(pending.openNext, true);
      },
      cancelApproval() {
        set({ pendingApproval: null });
        get().closeOverlay();
      },
      async checkWarning(key, checked) {
        const article = get().article;
        if (!article) return;
        try {
          const checks = await api.call('warnings.check', { articleId: article.id, key, checked });
          if (get().article?.id === article.id) set({ article: { ...get().article!, checks } });
        } catch (err) {
          get().reportError(err);
        }
      },
      async flag(note) {
        const article = get().article;
        if (!article || !(await get().flushSave())) return;
        try {
          const summary = await api.call('articles.setStatus', { id: article.id, baseRevision: get().baseRevision, status: 'flagged', ...(note.trim() ? { note: note.trim() } : {}) });
          get().patchArticle(summary);
          set({ article: { ...get().article!, status: summary.status, flagNote: note.trim() || null } });
          void get().refreshLibrary();
        } catch (err) {
          await statusRefused(article.id, err);
        }
      },
      async backToEditing() {
        const article = get().article;
        if (!article) return;
        try {
          const summary = await api.call('articles.setStatus', { id: article.id, baseRevision: get().baseRevision, status: 'editing' });
          get().patchArticle(summary);
          set({ article: { ...get().article!, status: summary.status, flagNote: null, approvedAt: null, approvedBy: null } });
          void get().refreshLibrary();
        } catch (err) {
          await statusRefused(article.id, err);
        }
      },
      split: (paragraph) =>
        afterSegment(async () => {
          const { ids } = await api.call('articles.split', { id: get().article!.id, paragraph });
          return ids[0];
        }, 'segment.didSplit'),
      mergeNext: () =>
        afterSegment(async () => {
          const { id } = await api.call('articles.mergeNext', { id: get().article!.id });
          return id;
        }, 'segment.didMerge'),
      moveParagraph: (paragraph, targetId, position) =>
        afterSegment(async () => {
          await api.call('articles.moveParagraph', { id: get().article!.id, paragraph, targetId, position });
          return get().article!.id;
        }, 'segment.didMove'),
      markNoise: () =>
        afterSegment(async () => {
          const id = get().article!.id;
          const next = nextUnapprovedId(get().articles, id);
          await api.call('articles.markNoise', { id });
          if (next === null) set({ article: null });
          return next;
        }, 'segment.didNoise'),
      async undoSegment(pageId) {
        const page = pageId ?? get().segmentUndoPage ?? get().article?.pageId;
        if (page === undefined || page === null || !(await get().flushSave())) return;
        try {
          const { step, ids } = await api.call('segments.undo', { pageId: page });
          set({ segmentUndoPage: null });
          await get().refreshLibrary();
          const open = ids.find((id) => get().articles.some((a) => a.id === id));
          if (open !== undefined) await get().openArticle(open);
          get().notify({ kind: 'info', key: 'segment.didUndo', params: { op: translate(get().settings.language, `segment.op.${step.op}`) } });
          await get().loadSegmentSteps();
        } catch (err) {
          get().reportError(err);
        }
      },
      async loadSegmentSteps() {
        const pageId = get().article?.pageId;
        if (pageId === undefined) return set({ segmentSteps: null });
        try {
          const steps = await api.call('segments.history', { pageId });
          if (get().article?.pageId === pageId) set({ segmentSteps: steps });
        } catch (err) {
          get().reportError(err);
        }
      },
      async loadRevisions() {
        const article = get().article;
        if (!article) return;
        try {
          const revisions = await api.call('articles.revisions', { id: article.id });
          if (get().article?.id === article.id) set({ revisions });
        } catch (err) {
          get().reportError(err);
        }
      },
      async restoreRevision(revisionId) {
        const article = get().article;
        if (!article || !(await get().flushSave())) return;
        try {
          const { kept } = await api.call('articles.restore', { id: article.id, revisionId, baseRevision: get().baseRevision });
          await load(article.id);
          await get().loadRevisions();
          void get().refreshLibrary();
          if (kept.length > 0) get().notify({ kind: 'info', key: 'revisions.kept', params: { count: kept.length } });
        } catch (err) {
          get().reportError(err);
        }
      },
      async assignSection(name) {
        const article = get().article;
        const trimmed = name.trim();
        if (!article || !trimmed) return;
        try {
          const { sections } = await api.call('tags.assign', { articleId: article.id, name: trimmed });
          set({ article: { ...get().article!, sections } });
          const row = get().articles.find((a) => a.id === article.id);
          if (row) get().patchArticle({ ...row, sections });
          await get().loadTags();
        } catch (err) {
          get().reportError(err);
        }
      },
      async unassignSection(name) {
        const article = get().article;
        if (!article) return;
        try {
          const { sections } = await api.call('tags.unassign', { articleId: article.id, name });
          set({ article: { ...get().article!, sections } });
          const row = get().articles.find((a) => a.id === article.id);
          if (row) get().patchArticle({ ...row, sections });
          await get().loadTags();
        } catch (err) {
          get().reportError(err);
        }
      },
      jumpTo: (range) => set({ jump: { ...range, nonce: (get().jump?.nonce ?? 0) + 1 } }),
      onCurrentArticleChanged(id, revision) {
        const { article, baseRevision, saveState, articleLoading } = get();
        // Our own saves are already reflected; an article being left or replaced is fetched anew anyway.
        if (!article || article.id !== id || revision <= baseRevision || inflight || saveState !== 'saved' || articleLoading) return;
        void load(id, 'background');
      },
    };
  };
