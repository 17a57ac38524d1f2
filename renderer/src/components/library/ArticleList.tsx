import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../../shared/api/contract';
import { useDiffController } from '../../editor/context';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { StatusBadge } from '../shell/StatusBadge';

const ROW_HEIGHT = 68;

interface RowProps {
  article: ArticleSummary;
  selected: boolean;
  /** The row that is the list's one Tab stop (roving focus). */
  tabStop: boolean;
  onOpen: (id: number) => void;
  onKey: (e: KeyboardEvent<HTMLButtonElement>, id: number) => void;
}

function ArticleRow({ article, selected, tabStop, onOpen, onKey }: RowProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="article-item"
      data-testid="article-item"
      data-status={article.status}
      data-article-id={article.id}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onOpen(article.id)}
      onKeyDown={(e) => onKey(e, article.id)}
    >
      <span className="article-headline">{article.headline || article.kicker || t('list.untitled')}</span>
      <span className="article-meta">
        <StatusBadge status={article.status} />
        {article.warningCount > 0 ? <span className="warning-count">{t('list.warnings', { count: article.warningCount })}</span> : null}
        {article.sections.map((s) => (
          <span key={s} className="chip">
            {s}
          </span>
        ))}
        <span className="article-page">
          {article.pageFile}
          {article.date ? ` · ${article.date}` : ''}
        </span>
      </span>
    </button>
  );
}

/**
 * The batch's articles, virtualized so thousands scroll smoothly. The list is one Tab stop (roving focus): ↑/↓,
 * Page Up/Down, Home/End open the next article and keep the focus in the list; Enter goes into the editor.
 */
export function ArticleList() {
  const t = useT();
  const articles = useDesk((s) => s.articles);
  const currentId = useDesk((s) => s.article?.id ?? null);
  const loading = useDesk((s) => s.articleLoading);
  const openArticle = useDesk((s) => s.openArticle);
  const controller = useDiffController();
  const scrollRef = useRef<HTMLDivElement>(null);
  /** The article whose row should take the focus once drawn (after a key moved through the list). */
  const focusRow = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const currentIndex = articles.findIndex((a) => a.id === currentId);
  useEffect(() => {
    if (currentIndex < 0) return;
    // A row already in view (the one just clicked) needs no scroll; scrolling anyway makes the virtualizer
    // re-render the list synchronously in the middle of opening the article.
    const measured = (virtualizer.scrollRect?.height ?? 0) > 0;
    const target = virtualizer.getOffsetForIndex(currentIndex, 'auto');
    if (measured && target && target[0] === virtualizer.scrollOffset) return;
    virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  useEffect(() => {
    if (focusRow.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-article-id="${focusRow.current}"]`);
    if (!row) return;
    focusRow.current = null;
    row.focus({ preventScroll: true });
  });

  const tabStopId = currentIndex >= 0 ? currentId : (articles[0]?.id ?? null);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, id: number) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      void openArticle(id).then(() => controller.clean?.focus());
      return;
    }
    const from = articles.findIndex((a) => a.id === id);
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    const step = steps[e.key];
    if (step === undefined || e.altKey || e.ctrlKey || e.metaKey || from < 0) return;
    e.preventDefault();
    const to = Math.min(articles.length - 1, Math.max(0, from + step));
    const target = articles[to]!;
    virtualizer.scrollToIndex(to, { align: 'auto' });
    // A drawn row takes the focus now, so the next key already starts from it; another once it is drawn.
    const drawn = scrollRef.current?.querySelector<HTMLElement>(`[data-article-id="${target.id}"]`);
    if (drawn) drawn.focus({ preventScroll: true });
    else focusRow.current = target.id;
    // While another article is still opening, the one shown is not the one that will be: a key back to it must
    // open it again, or the opening one would land after the key and take the list's place.
    if (target.id !== currentId || loading) void openArticle(target.id);
  };

  return (
    <section className="article-list-section" aria-label={t('nav.articles')}>
      <h2 className="section-title">
        {t('nav.articles')} <span className="muted">{t('list.count', { count: articles.length })}</span>
      </h2>
      <div ref={scrollRef} className="article-list" data-testid="article-list" data-count={articles.length} tabIndex={-1}>
        {articles.length === 0 ? <p className="empty">{t('list.empty')}</p> : null}
        <div role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const article = articles[item.index];
            return (
              <div
                key={article.id}
                role="listitem"
                className="article-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
              >
                <ArticleRow
                  article={article}
                  selected={article.id === currentId}
                  tabStop={article.id === tabStopId}
                  onOpen={(id) => void openArticle(id)}
                  onKey={onKey}
                />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
