import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { suggestableTags } from '../../store/slices/tags/selectors';

const NO_SECTIONS: string[] = [];

/** Sections of the article, with autocomplete from the vocabulary; a new name creates a section. */
export function SectionEditor() {
  const t = useT();
  const sections = useDesk((s) => s.article?.sections ?? NO_SECTIONS);
  const suggestions = useDesk(useShallow((s) => suggestableTags(s.tags, s.article?.sections ?? NO_SECTIONS)));
  const assign = useDesk((s) => s.assignSection);
  const unassign = useDesk((s) => s.unassignSection);
  const [name, setName] = useState('');
  const inputId = useId();
  const listId = useId();

  const submit = () => {
    const value = name.trim();
    if (!value) return;
    setName('');
    void assign(value);
  };

  return (
    <div className="section-editor">
      <label htmlFor={inputId}>{t('review.sections')}</label>
      <ul className="chips" data-testid="article-sections">
        {sections.map((s) => (
          <li key={s} className="chip" data-testid="section-chip">
            {s}
            <button type="button" className="chip-remove" aria-label={t('review.removeSection', { name: s })} onClick={() => void unassign(s)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        data-testid="section-input"
        list={listId}
        value={name}
        placeholder={t('review.sectionPlaceholder')}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="button" onClick={submit} disabled={!name.trim()}>
        {t('review.addSection')}
      </button>
    </div>
  );
}
