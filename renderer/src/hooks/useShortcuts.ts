import { useEffect } from 'react';
import type { DeskCommand } from '../api';
import type { DiffController } from '../editor/controller';
import { useDeskApi, useDeskStore } from '../store/provider';
import type { DeskStore } from '../store';
import { neighbourId } from '../store/slices/library/selectors';

/** Where typing a character means text, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, .cm-editor') !== null;
}

export function runCommand(store: DeskStore, controller: DiffController, command: DeskCommand): void {
  const s = store.getState();
  switch (command) {
    case 'import':
      s.openOverlay('import');
      break;
    case 'export':
      void s.prepareExport();
      s.openOverlay('export');
      break;
    case 'find-replace':
      if (s.batchId !== null) s.openOverlay('find');
      break;
    case 'approve':
      if (s.article && s.overlay === null) void s.approve(true);
      break;
    case 'next-change':
      controller.goto(1);
      break;
    case 'prev-change':
      controller.goto(-1);
      break;
    case 'shortcuts':
      s.openOverlay('help');
      break;
  }
}

function commandFor(e: KeyboardEvent): DeskCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && e.key === 'Enter') return 'approve';
  if (e.key === 'F7' || e.key === 'F8') return e.shiftKey ? 'prev-change' : 'next-change';
  if (e.key === 'F1') return 'shortcuts';
  if (mod && e.shiftKey && (e.key === 'F' || e.key === 'f')) return 'find-replace';
  if (mod && e.shiftKey && (e.key === 'E' || e.key === 'e')) return 'export';
  if (mod && !e.shiftKey && (e.key === 'o' || e.key === 'O')) return 'import';
  if (e.key === '?' && !mod && !e.altKey && !isTyping(e.target)) return 'shortcuts';
  return null;
}

/**
 * The desk's keyboard: listened to in the capture phase so Ctrl+Enter and F7 work inside the editor too
 * (CodeMirror would otherwise take Ctrl+Enter), and the native menu's commands on the desktop.
 */
export function useShortcuts(controller: DiffController): void {
  const store = useDeskStore();
  const api = useDeskApi();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const s = store.getState();
      // In the editor Alt+↑/↓ stays CodeMirror's (move the paragraph); elsewhere it walks the article list.
      const inEditor = e.target instanceof HTMLElement && e.target.closest('.cm-editor') !== null;
      if (e.altKey && !e.ctrlKey && !e.metaKey && !inEditor && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && s.overlay === null) {
        const id = neighbourId(s.articles, s.article?.id ?? null, e.key === 'ArrowDown' ? 1 : -1);
        e.preventDefault();
        if (id !== null) void s.openArticle(id);
        return;
      }
      // Right after a split, merge, move or noise mark (nothing typed since), Ctrl+Z takes that step back.
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && (e.key === 'z' || e.key === 'Z') && s.segmentUndoPage !== null && s.overlay === null) {
        e.preventDefault();
        e.stopPropagation();
        void s.undoSegment(s.segmentUndoPage).then(() => controller.focus());
        return;
      }
      // F9 steps through suspected misreadings, in the editor or anywhere else on the desk.
      if (e.key === 'F9' && !e.ctrlKey && !e.metaKey && !e.altKey && s.overlay === null && s.article) {
        e.preventDefault();
        e.stopPropagation();
        controller.gotoSuspicion(e.shiftKey ? -1 : 1);
        return;
      }
      const command = commandFor(e);
      if (!command) return;
      // A dialog keeps its own keys; only help may open over nothing else.
      if (s.overlay !== null) return;
      e.preventDefault();
      e.stopPropagation();
      runCommand(store, controller, command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, controller]);

  useEffect(
    () =>
      api.onDeskMessage((message) => {
        const s = store.getState();
        if (message.kind === 'command') runCommand(store, controller, message.command);
        else if (message.kind === 'settings') s.applySettings(message.settings);
        else s.showImportReport(message.report);
      }),
    [api, store, controller],
  );
}
