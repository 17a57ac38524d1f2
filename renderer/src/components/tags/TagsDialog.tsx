import { useState } from 'react';
import type { TagSummary } from '../../../../shared/api/contract';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { Dialog } from '../shell/Dialog';

function TagRow({ tag, others }: { tag: TagSummary; others: TagSummary[] }) {
  const t = useT();
  const rename = useDesk((s) => s.renameTag);
  const merge = useDesk((s) => s.mergeTags);
  const remove = useDesk((s) => s.deleteTag);
  const setFilter = useDesk((s) => s.setFilter);
  const close = useDesk((s) => s.closeOverlay);
  const [name, setName] = useState(tag.name);
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);

  return (
    <li className="tag-row" data-testid="tag-row" data-tag={tag.name}>
      <button
        type="button"
        className="link-button tag-name"
        onClick={() => {
          void setFilter({ section: tag.name });
          close();
        }}
      >
        {tag.name}
      </button>
      <span className="muted">{t('tags.count', { count: tag.count })}</span>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== tag.name) void rename(tag.id, name);
        }}
      >
        <input aria-label={`${t('tags.newName')} ${tag.name}`} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('tags.rename')}</button>
      </form>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (target) void merge(tag.id, Number(target));
        }}
      >
        <select aria-label={`${t('tags.merge')} ${tag.name}`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('tags.merge')}…</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!target}>
          {t('tags.mergeApply')}
        </button>
      </form>
      {confirming ? (
        <span className="tag-delete-confirm" role="alert" data-testid="tag-delete-confirm">
          {t('tags.deleteConfirm', { name: tag.name, count: tag.count })}
          <button type="button" data-testid="tag-delete-yes" onClick={() => void remove(tag.id, tag.count)}>
            {t('tags.delete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </span>
      ) : (
        <button type="button" data-testid="tag-delete" onClick={() => setConfirming(true)}>
          {t('tags.delete')}
        </button>
      )}
    </li>
  );
}

/** The section vocabulary: rename, merge, delete (the articles stay), filter the list by one. */
export function TagsDialog() {
  const t = useT();
  const close = useDesk((s) => s.closeOverlay);
  const tags = useDesk((s) => s.tags);
  const create = useDesk((s) => s.createTag);
  const [name, setName] = useState('');

  return (
    <Dialog title={t('tags.title')} onClose={close} testId="tags-dialog">
      {tags.length === 0 ? <p className="empty">{t('tags.none')}</p> : null}
      <ul className="tag-list">
        {tags.map((tag) => (
          <TagRow key={`${tag.id}:${tag.name}`} tag={tag} others={tags.filter((o) => o.id !== tag.id)} />
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void create(name).then(() => setName(''));
        }}
      >
        <input aria-label={t('tags.create')} placeholder={t('tags.create')} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          {t('tags.create')}
        </button>
      </form>
    </Dialog>
  );
}
