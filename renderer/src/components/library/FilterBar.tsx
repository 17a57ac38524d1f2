import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ArticleStatus } from '../../../../shared/model/types';
import { ARTICLE_STATUSES } from '../../../../shared/model/types';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { sectionOptions } from '../../store/slices/library/selectors';

/** Typing pauses this long before the list is asked again. */
const SEARCH_DELAY_MS = 250;

export function FilterBar() {
  const t = useT();
  const status = useDesk((s) => s.filter.status);
  const section = useDesk((s) => s.filter.section);
  const q = useDesk((s) => s.filter.q);
  const setFilter = useDesk((s) => s.setFilter);
  const sections = useDesk(useShallow(sectionOptions));
  const [text, setText] = useState(q);

  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (text === q) return;
    const timer = setTimeout(() => void setFilter({ q: text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, q, setFilter]);

  return (
    <div role="search" className="filter-bar" aria-label={t('filter.label')}>
      <input
        type="search"
        data-testid="search-input"
        aria-label={t('filter.search')}
        placeholder={t('filter.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="filter-row">
        <select aria-label={t('filter.status')} data-testid="status-filter" value={status ?? ''} onChange={(e) => void setFilter({ status: (e.target.value || null) as ArticleStatus | null })}>
          <option value="">{t('status.all')}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('filter.section')} data-testid="section-filter" value={section ?? ''} onChange={(e) => void setFilter({ section: e.target.value || null })}>
          <option value="">{t('filter.anySection')}</option>
          {sections.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
