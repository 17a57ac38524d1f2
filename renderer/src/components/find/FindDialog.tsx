import { useId, useMemo } from 'react';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { chosenCount, matchesByArticle, matchKey, previewStale } from '../../store/slices/find/selectors';
import { Dialog } from '../shell/Dialog';

/** Find in the whole batch, preview every match in context, replace only the chosen ones. */
export function FindDialog() {
  const t = useT();
  const close = useDesk((s) => s.closeOverlay);
  const query = useDesk((s) => s.findQuery);
  const replacement = useDesk((s) => s.findReplacement);
  const regex = useDesk((s) => s.findRegex);
  const caseSensitive = useDesk((s) => s.findCaseSensitive);
  const matches = useDesk((s) => s.findMatches);
  const searchedReplacement = useDesk((s) => s.findSearchedReplacement);
  const chosen = useDesk((s) => s.findChosen);
  const busy = useDesk((s) => s.findBusy);
  const result = useDesk((s) => s.findResult);
  const count = useDesk(chosenCount);
  const stale = useDesk(previewStale);
  const setOptions = useDesk((s) => s.setFindOptions);
  const search = useDesk((s) => s.findSearch);
  const toggle = useDesk((s) => s.toggleMatch);
  const chooseAll = useDesk((s) => s.chooseAllMatches);
  const apply = useDesk((s) => s.applyReplace);
  const openArticle = useDesk((s) => s.openArticle);
  const groups = useMemo(() => matchesByArticle(matches ?? []), [matches]);
  const queryId = useId();
  const replacementId = useId();

  return (
    <Dialog title={t('find.title')} onClose={close} wide testId="find-dialog">
      <form
        className="find-form"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <div className="field">
          <label htmlFor={queryId}>{t('find.query')}</label>
          <input id={queryId} data-testid="find-query" value={query} onChange={(e) => setOptions({ findQuery: e.target.value })} autoFocus />
        </div>
        <div className="field">
          <label htmlFor={replacementId}>{t('find.replacement')}</label>
          <input id={replacementId} data-testid="find-replacement" value={replacement} onChange={(e) => setOptions({ findReplacement: e.target.value })} />
        </div>
        <label className="check">
          <input type="checkbox" checked={regex} onChange={(e) => setOptions({ findRegex: e.target.checked })} />
          {t('find.regex')}
        </label>
        <label className="check">
          <input type="checkbox" checked={caseSensitive} onChange={(e) => setOptions({ findCaseSensitive: e.target.checked })} />
          {t('find.case')}
        </label>
        <button type="submit" data-testid="find-search" disabled={!query || busy}>
          {t('find.search')}
        </button>
      </form>
      {result ? (
        <p role="status" data-testid="find-result">
          {t('find.done', { count: result.replaced, articles: result.articles.length })}
        </p>
      ) : null}
      {matches ? (
        <section className="find-results" aria-label={t('find.matches', { count: matches.length })}>
          <div className="find-summary">
            <span data-testid="find-count" data-count={matches.length}>
              {matches.length === 0 ? t('find.none') : t('find.matches', { count: matches.length })}
            </span>
            <button type="button" onClick={() => chooseAll(true)}>
              {t('find.selectAll')}
            </button>
            <button type="button" onClick={() => chooseAll(false)}>
              {t('find.selectNone')}
            </button>
          </div>
          <div className="find-groups">
            {groups.map((g) => (
              <div key={g.articleId} className="find-group">
                <h4>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      close();
                      void openArticle(g.articleId);
                    }}
                  >
                    {g.headline}
                  </button>{' '}
                  <span className="muted">{g.pageFile}</span>
                  {g.approved ? (
                    <span className="chip chip-approved" data-testid="find-approved">
                      {t('find.approvedReopens')}
                    </span>
                  ) : null}
                </h4>
                <ul>
                  {g.matches.map((m) => {
                    const key = matchKey(m);
                    return (
                      <li key={key} data-testid="find-match" data-field={m.field}>
                        <label className="find-match">
                          <input type="checkbox" aria-label={t('find.choose')} checked={!!chosen[key]} onChange={(e) => toggle(key, e.target.checked)} />
                          {m.field !== 'text' ? <span className="chip find-field">{t(`find.field.${m.field}`)}</span> : null}
                          <span className="context" lang="zh-CN">
                            <span>{m.before}</span>
                            <mark>{m.match}</mark>
                            {!stale && (replacement || chosen[key]) ? (
                              <ins className="preview-replacement" data-testid="find-preview">
                                {chosen[key] ? (replacement === searchedReplacement && m.replacement !== null ? m.replacement : replacement) : ''}
                              </ins>
                            ) : null}
                            <span>{m.after}</span>
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
          {stale ? (
            <p className="muted" role="status" data-testid="find-stale">
              {t('find.stale')}
            </p>
          ) : null}
          <button type="button" className="primary" data-testid="find-apply" disabled={count === 0 || busy || stale} onClick={() => void apply()}>
            {t('find.apply', { count })}
          </button>
        </section>
      ) : null}
    </Dialog>
  );
}
