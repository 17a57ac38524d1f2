import { useMemo } from 'react';
import { useT } from '../../hooks/useT';
import type { MessageKey } from '../../i18n';
import { useDesk } from '../../store/provider';
import { noiseByPage } from '../../store/slices/noise/selectors';
import { Dialog } from '../shell/Dialog';

const REASONS = new Set(['masthead', 'slogan', 'advertisement', 'hotline', 'banner', 'caption', 'other', 'manual']);

/** Blocks that are not articles: what the parser set apart and what a person marked; either can come back as an article. */
export function NoiseDialog() {
  const t = useT();
  const close = useDesk((s) => s.closeOverlay);
  const noise = useDesk((s) => s.noise);
  const restore = useDesk((s) => s.restoreNoise);
  const restoreParsed = useDesk((s) => s.restoreParsedNoise);
  const groups = useMemo(() => noiseByPage(noise ?? []), [noise]);

  const reasonText = (reason: string) => (REASONS.has(reason) ? t(`noise.reason.${reason}` as MessageKey) : reason);

  return (
    <Dialog title={t('noise.title')} onClose={close} wide testId="noise-dialog">
      {noise === null ? <p>{t('common.loading')}</p> : null}
      {noise?.length === 0 ? <p className="empty">{t('noise.none')}</p> : null}
      {groups.map((g) => (
        <section key={g.pageFile} className="noise-page" aria-label={g.pageFile}>
          <h3>{g.pageFile}</h3>
          <ul>
            {g.items.map((item, i) => (
              <li key={`${item.articleId ?? 'p'}:${i}`} className="noise-item" data-testid="noise-item" data-article-id={item.articleId ?? ''}>
                <span className="badge">{item.articleId === null ? `${reasonText(item.reason)} · ${t('noise.byParser')}` : reasonText(item.reason)}</span>
                <pre className="noise-text" lang="zh-CN">
                  {item.text}
                </pre>
                <button
                  type="button"
                  data-testid="noise-restore"
                  onClick={() => {
                    close();
                    void (item.articleId !== null ? restore(item.articleId) : restoreParsed(item));
                  }}
                >
                  {t('noise.restore')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Dialog>
  );
}
