// The two editors' states: a read-only OCR pane and the editable clean text, both with diff marks and tooltips.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap } from '@codemirror/view';
import type { Edit, Suspicion } from '../../../shared/model/types';
import type { Language } from '../../../shared/api/contract';
import { editorPhrases, getLanguage } from '../i18n';
import type { AttributedChange } from './attribution';
import { caretBlink } from './caretBlink';
import { revertChangeAtCursor } from './commands';
import { diffDecorations } from './decorations';
import { currentChangeField } from './currentChange';
import { cleanDiffField, cleanDiffState, ocrDiffField } from './diffState';
import type { DiffInfo } from './diffState';
import { acceptAtSelection, dismissAtSelection, setSuspicions, suspicionExtension, suspicionField } from './suspicions';
import type { SuspicionCallbacks } from './suspicions';
import { changeTooltips, currentChangeTooltip } from './tooltip';

export interface CleanCallbacks extends SuspicionCallbacks {
  /** Every document change, after the diff is updated. */
  onChange(text: string, info: DiffInfo): void;
  revert(change: AttributedChange): void;
  goto(direction: 1 | -1): boolean;
  gotoSuspicion(direction: 1 | -1): boolean;
  /** The editor's suspicions changed (moved with an edit, one accepted, a new list set). */
  onSuspicions(list: readonly Suspicion[]): void;
}

/** CodeMirror's own strings (search panel, announcements) in the UI language, swapped when the language changes. */
export const editorLanguage = new Compartment();

/** Read-only while an article is being opened: nothing typed may land in the one being left. */
export const loadingLock = new Compartment();

export const lockWhile = (loading: boolean): Extension => EditorState.readOnly.of(loading);

export const phrasesFor = (language: Language): Extension => EditorState.phrases.of(editorPhrases(language));

const common = (label: string): Extension => [
  editorLanguage.of(phrasesFor(getLanguage())),
  EditorView.lineWrapping,
  drawSelection(),
  caretBlink,
  highlightSelectionMatches(),
  // tabindex makes the read-only pane a keyboard stop too, so its scroller can be scrolled without a mouse.
  EditorView.contentAttributes.of({ 'aria-label': label, lang: 'zh-CN', tabindex: '0' }),
];

export interface OcrCallbacks {
  /** The clean side's latest diff, for the tooltips (the OCR state keeps only the one its marks were drawn from). */
  current(): DiffInfo | null;
  revert(change: AttributedChange): void;
}

/** `initial` is the clean side's diff at creation, so the pane's first paint already has its marks. */
export function ocrState(ocr: string, label: string, callbacks: OcrCallbacks, initial: DiffInfo | null = null): EditorState {
  return EditorState.create({
    doc: ocr,
    extensions: [
      common(label),
      EditorState.readOnly.of(true),
      keymap.of([...defaultKeymap, ...searchKeymap]),
      ocrDiffField.init(() => initial),
      diffDecorations(ocrDiffField, 'ocr'),
      changeTooltips(() => callbacks.current(), 'ocr', callbacks.revert),
    ],
  });
}

export function cleanState(
  text: string,
  ocr: string,
  edits: readonly Edit[],
  label: string,
  callbacks: CleanCallbacks,
  suspicions: readonly Suspicion[] = [],
  loading = false,
): EditorState {
  return EditorState.create({
    doc: text,
    extensions: [
      common(label),
      loadingLock.of(lockWhile(loading)),
      history(),
      highlightActiveLine(),
      Prec.high(
        keymap.of([
          { key: 'F7', run: () => callbacks.goto(1), shift: () => callbacks.goto(-1), preventDefault: true },
          { key: 'F8', run: () => callbacks.goto(1), shift: () => callbacks.goto(-1), preventDefault: true },
          { key: 'Mod-Alt-z', run: revertChangeAtCursor, preventDefault: true },
          { key: 'F9', run: () => callbacks.gotoSuspicion(1), shift: () => callbacks.gotoSuspicion(-1), preventDefault: true },
          { key: 'Alt-Enter', run: (view) => acceptAtSelection(view, callbacks), shift: (view) => dismissAtSelection(view, callbacks) },
        ]),
      ),
      keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
      cleanDiffState(ocr, edits),
      diffDecorations(cleanDiffField, 'clean'),
      currentChangeField,
      currentChangeTooltip,
      changeTooltips((state) => state.field(cleanDiffField, false) ?? null, 'clean', callbacks.revert),
      suspicionExtension(suspicions, callbacks),
      EditorView.updateListener.of((update) => {
        // The list is published when it changes, not when typing only moves it along (the panel finds live
        // positions through the controller when it acts).
        const list = update.state.field(suspicionField);
        const before = update.startState.field(suspicionField);
        if (list !== before && (list.length !== before.length || update.transactions.some((tr) => tr.effects.some((e) => e.is(setSuspicions))))) {
          callbacks.onSuspicions(list);
        }
        if (!update.docChanged) return;
        const info = update.state.field(cleanDiffField);
        if (info) callbacks.onChange(update.state.doc.toString(), info);
      }),
    ],
  });
}
