import type { ArticleStatus } from '../../../../shared/model/types';
import { useT } from '../../hooks/useT';

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const t = useT();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
