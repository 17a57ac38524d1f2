import { useT } from '../../hooks/useT';
import { ArticleList } from './ArticleList';
import { BatchOverview } from './BatchOverview';
import { FilterBar } from './FilterBar';
import { PageList } from './PageList';

export function Sidebar() {
  const t = useT();
  return (
    <aside className="sidebar" aria-label={t('nav.articles')}>
      <BatchOverview />
      <PageList />
      <FilterBar />
      <ArticleList />
    </aside>
  );
}
