import { useId } from 'react';
import type { HeadingFields } from '../../store/slices/editor/initialState';
import { useT } from '../../hooks/useT';
import type { MessageKey } from '../../i18n';
import { useDesk } from '../../store/provider';

const FIELDS: { name: keyof HeadingFields; label: MessageKey }[] = [
  { name: 'kicker', label: 'review.kicker' },
  { name: 'headline', label: 'review.headline' },
  { name: 'subtitle', label: 'review.subtitle' },
  { name: 'byline', label: 'review.byline' },
];

function Field({ name, label }: { name: keyof HeadingFields; label: MessageKey }) {
  const t = useT();
  const id = useId();
  const value = useDesk((s) => s.fields[name]);
  const editField = useDesk((s) => s.editField);
  const loading = useDesk((s) => s.articleLoading);
  return (
    <div className={`field field-${name}`}>
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        data-testid={`field-${name}`}
        value={value ?? ''}
        onChange={(e) => editField(name, e.target.value)}
        readOnly={loading}
        aria-readonly={loading}
        lang="zh-CN"
      />
    </div>
  );
}

/** Kicker, headline, subtitle and byline (saved with the text), and where the article comes from. */
export function MetaFields() {
  const t = useT();
  const pageFile = useDesk((s) => s.article?.pageFile ?? '');
  const date = useDesk((s) => s.article?.date ?? null);
  return (
    <section className="meta-fields" aria-label={t('review.meta')}>
      <div className="meta-grid">
        {FIELDS.map((f) => (
          <Field key={f.name} name={f.name} label={f.label} />
        ))}
      </div>
      <p className="meta-source">
        <span>
          {t('review.pageFile')}
          {t('common.colon')}<span data-testid="page-file">{pageFile}</span>
        </span>
        <span>
          {t('review.date')}
          {t('common.colon')}<span data-testid="masthead-date">{date ?? t('nav.noDate')}</span>
        </span>
      </p>
    </section>
  );
}
