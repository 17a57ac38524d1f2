import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../../shared/api/contract';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { StatusBadge } from '../shell/StatusBadge';

const ROW_HEIGHT = 68;

function ArticleRow({ article, selected, onOpen }: { article: ArticleSummary; selected: boolean; onOpen: (id: number) => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="article-item"
      data-testid="article-item"
      data-status={article.status}
      data-article-id={article.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onOpen(article.id)}
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

/** The batch's articles, virtualized so thousands scroll smoothly. */
export function ArticleList() {
  const t = useT();
  const articles = useDesk((s) => s.articles);
  const currentId = useDesk((s) => s.article?.id ?? null);
  const openArticle = useDesk((s) => s.openArticle);
  const scrollRef = useRef<HTMLDivElement>(null);
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
                <ArticleRow article={article} selected={article.id === currentId} onOpen={(id) => void openArticle(id)} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
