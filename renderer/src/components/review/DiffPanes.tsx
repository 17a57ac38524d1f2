import { useEffect, useRef } from 'react';
import { EditorView } from '@codemirror/view';
import type { AttributedChange } from '../../editor/attribution';
import { useDiffController } from '../../editor/context';
import { cleanDiffField, followInOcr } from '../../editor/diffState';
import { linkScrolling } from '../../editor/scrollSync';
import { whenIdle } from '../../lib/idle';
import { cleanState, editorLanguage, loadingLock, lockWhile, ocrState, phrasesFor } from '../../editor/setup';
import { suspicionField } from '../../editor/suspicions';
import { useT } from '../../hooks/useT';
import { useDesk, useDeskStore } from '../../store/provider';

/** OCR text beside the editable clean text, both CodeMirror, diffed live and scrolled together. */
export function DiffPanes() {
  const t = useT();
  const store = useDeskStore();
  const controller = useDiffController();
  const articleId = useDesk((s) => s.article?.id ?? null);
  const docNonce = useDesk((s) => s.docNonce);
  const jump = useDesk((s) => s.jump);
  const savedSuspicions = useDesk((s) => s.savedSuspicions);
  const ocrHost = useRef<HTMLDivElement>(null);
  const cleanHost = useRef<HTMLDivElement>(null);
  const labels = useRef({ ocr: t('review.ocr'), clean: t('review.clean') });
  labels.current = { ocr: t('review.ocr'), clean: t('review.clean') };

  // The views live as long as the panes; each article gets fresh states.
  useEffect(() => {
    const ocr = new EditorView({ parent: ocrHost.current! });
    const clean = new EditorView({ parent: cleanHost.current! });
    controller.ocr = ocr;
    controller.clean = clean;
    const unlink = linkScrolling(ocr, clean, () => controller.getSnapshot()?.diff.groups ?? null);
    return () => {
      unlink();
      controller.ocr = null;
      controller.clean = null;
      controller.publish(null);
      ocr.destroy();
      clean.destroy();
    };
  }, [controller]);

  useEffect(() => {
    const { article, draft } = store.getState();
    const ocr = controller.ocr;
    const clean = controller.clean;
    if (!article || !ocr || !clean) return;
    const follower = followInOcr(ocr, clean);
    // The suspicions' list reaches the panel when the page is idle: moving marks must not re-render it per keystroke.
    let cancelList: (() => void) | null = null;
    const saved = store.getState().savedSuspicions;
    const next = cleanState(
      draft,
      article.ocrText,
      article.edits,
      labels.current.clean,
      {
        onChange(text, info) {
          follower.changed();
          controller.publishWhenIdle(info);
          store.getState().editText(text);
        },
        revert: (change) => controller.revert(change),
        goto: (direction) => controller.goto(direction),
        gotoSuspicion: (direction) => controller.gotoSuspicion(direction),
        accepted: (s) => store.getState().suspicionAccepted(s),
        dismiss: (s) => void store.getState().dismissSuspicion(s),
        onSuspicions(list) {
          cancelList?.();
          cancelList = whenIdle(() => {
            cancelList = null;
            store.getState().editorSuspicions(list);
          }, 200);
        },
      },
      saved && saved.text === draft ? saved.list : [],
      store.getState().articleLoading,
    );
    const info = next.field(cleanDiffField);
    // The OCR state starts with the diff's marks: one state and one layout per open, not a second highlighting pass.
    const ocrCallbacks = { current: () => clean.state.field(cleanDiffField, false) ?? null, revert: (change: AttributedChange) => controller.revert(change) };
    ocr.setState(ocrState(article.ocrText, labels.current.ocr, ocrCallbacks, info));
    clean.setState(next);
    if (info) controller.publish(info);
    store.getState().editorSuspicions(next.field(suspicionField));
    return () => {
      cancelList?.();
      follower.stop();
    };
  }, [articleId, docNonce, store, controller]);

  const language = useDesk((s) => s.settings.language);
  useEffect(() => {
    for (const view of [controller.ocr, controller.clean]) view?.dispatch({ effects: editorLanguage.reconfigure(phrasesFor(language)) });
  }, [language, controller]);

  const loading = useDesk((s) => s.articleLoading);
  useEffect(() => {
    // An article's new state is made with the lock as it then stands: reconfiguring it to the same value would
    // still update the view, and reading the selection there lays the just-set text out a frame early.
    const clean = controller.clean;
    if (clean && clean.state.readOnly !== loading) clean.dispatch({ effects: loadingLock.reconfigure(lockWhile(loading)) });
  }, [loading, controller]);

  useEffect(() => {
    if (articleId !== null) controller.startArticle();
  }, [articleId, controller]);

  useEffect(() => {
    if (savedSuspicions) controller.setSuspicions(savedSuspicions.text, savedSuspicions.list);
  }, [savedSuspicions, controller]);

  useEffect(() => {
    if (jump) controller.select(jump);
  }, [jump, controller]);

  return (
    <div className="diff-panes">
      <section className="pane" aria-label={t('review.ocr')}>
        <h3 className="pane-title">{t('review.ocr')}</h3>
        <div ref={ocrHost} className="pane-editor pane-ocr" data-testid="ocr-pane" />
      </section>
      <section className="pane" aria-label={t('review.clean')}>
        <h3 className="pane-title">{t('review.clean')}</h3>
        <div ref={cleanHost} className="pane-editor pane-clean" data-testid="clean-editor" />
      </section>
    </div>
  );
}
