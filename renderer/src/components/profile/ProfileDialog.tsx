import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { Dialog } from '../shell/Dialog';

/**
 * The batch's paper profile: the rules proofreaders taught it, each with where it came from and a way to remove
 * it; a preview of what re-reading the batch with it would change, and the re-read of the pages nobody edited.
 */
export function ProfileDialog() {
  const t = useT();
  const close = useDesk((s) => s.closeOverlay);
  const profile = useDesk((s) => s.profile);
  const preview = useDesk((s) => s.profilePreview);
  const applied = useDesk((s) => s.profileApplied);
  const removeRule = useDesk((s) => s.removeProfileRule);
  const runPreview = useDesk((s) => s.previewProfile);
  const apply = useDesk((s) => s.applyProfile);
  const applicable = preview?.pages.some((p) => !p.edited) ?? false;

  return (
    <Dialog title={t('profile.title')} onClose={close} wide testId="profile-dialog">
      {profile === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <p data-testid="profile-key">{profile.paper ? t('profile.paper', { paper: profile.paper }) : t('profile.batchOnly')}</p>
          <p className="hint">{t('profile.intro')}</p>
          <h3>{t('profile.rules')}</h3>
          {profile.rules.length === 0 ? <p className="empty">{t('profile.none')}</p> : null}
          <ul className="profile-rules">
            {profile.rules.map((r) => (
              <li key={r.id} data-testid="profile-rule" data-rule-id={r.id} className="profile-rule">
                <span className="badge">{t(`profile.role.${r.role}`)}</span>{' '}
                <code lang="zh-CN">{r.example}</code> <span>{t(`profile.place.${r.place}`)}</span>
                <div className="meta-source">
                  {t('profile.origin', { page: r.origin.pageFile, action: t(`profile.action.${r.origin.action}`), at: new Date(r.origin.at).toLocaleString() })}
                </div>
                <button type="button" data-testid="profile-rule-remove" onClick={() => void removeRule(r.id)}>
                  {t('profile.remove')}
                </button>
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" data-testid="profile-preview-button" disabled={profile.rules.length === 0} onClick={() => void runPreview()}>
              {t('profile.preview')}
            </button>
            <button type="button" data-testid="profile-apply-button" disabled={!applicable} onClick={() => void apply()}>
              {t('profile.apply')}
            </button>
          </div>
          {applied ? (
            <p role="status" data-testid="profile-applied">
              {t('profile.applied', { applied: applied.applied.length, skipped: applied.skipped.length })}
            </p>
          ) : null}
          {preview ? (
            <section data-testid="profile-preview" aria-label={t('profile.preview')}>
              {preview.pages.length === 0 ? <p className="empty">{t('profile.previewNone')}</p> : <p>{t('profile.previewIntro')}</p>}
              <ul>
                {preview.pages.map((p) => (
                  <li key={p.pageId} data-testid="profile-preview-page" data-page-file={p.pageFile} data-edited={p.edited ? 'true' : 'false'}>
                    <strong>{p.pageFile}</strong> {p.edited ? <span className="badge">{t('profile.edited')}</span> : null}{' '}
                    <span>{t('profile.articles', { before: p.before.length, after: p.after.length })}</span>
                    <ul>
                      {p.changes.map((c, i) => (
                        <li key={i} data-testid="profile-preview-change">
                          <code lang="zh-CN">{c.text}</code> {t(`profile.change.${c.kind}`)}
                          {c.ruleId ? ` (${c.ruleId})` : ''}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </Dialog>
  );
}
