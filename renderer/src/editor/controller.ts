// The desk's handle on its two editors: toolbar buttons, global shortcuts and panels act through it, and the
// change summary subscribes to it (useSyncExternalStore) for updates while typing.
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { Range, Suspicion } from '../../../shared/model/types';
import { whenIdle } from '../lib/idle';
import type { AttributedChange } from './attribution';
import { gotoChange, revertChange, revertChangeAtCursor } from './commands';
import type { DiffInfo } from './diffState';
import { applySuspicion, gotoSuspicion, setSuspicions, suspicionField } from './suspicions';

export interface RuleView {
  hidden: string[];
  accepted: string[];
}

/** The longest a listener waits for an idle moment while typing goes on. */
const IDLE_TIMEOUT_MS = 200;

export class DiffController {
  clean: EditorView | null = null;
  ocr: EditorView | null = null;
  private info: DiffInfo | null = null;
  private readonly listeners = new Set<() => void>();
  /** Cancels the notification still waiting for an idle moment, if any. */
  private cancelNotify: (() => void) | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DiffInfo | null => this.info;

  /** The diff changed: the current one is read at once, and listeners hear of it now. */
  publish(info: DiffInfo | null): void {
    const pending = this.cancelIdle();
    if (info === this.info && !pending) return;
    this.info = info;
    this.notify();
  }

  /**
   * The diff changed while typing: read at once (scroll sync reads it), but listeners (the change summary) hear
   * of it only when the page is next idle, so their render stays out of the keystroke's frame.
   */
  publishWhenIdle(info: DiffInfo): void {
    this.info = info;
    this.cancelNotify ??= whenIdle(() => {
      this.cancelNotify = null;
      this.notify();
    }, IDLE_TIMEOUT_MS);
  }

  /** Whether listeners were still to hear of a change. */
  private cancelIdle(): boolean {
    if (this.cancelNotify === null) return false;
    this.cancelNotify();
    this.cancelNotify = null;
    return true;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Show the OCR side of a change beside the clean side. */
  private reveal(change: AttributedChange): void {
    this.ocr?.dispatch({ selection: EditorSelection.range(change.ocrStart, change.ocrEnd), scrollIntoView: true });
  }

  /** Rules whose marks are hidden (a view setting, kept across articles). */
  private hidden = new Set<string>();
  /** Rules whose changes the proofreader accepted in this article: F7 skips them. */
  private accepted = new Set<string>();
  private current: { cleanStart: number; cleanEnd: number } | null = null;
  private view: RuleView = { hidden: [], accepted: [] };

  /** What the change summary shows of the rules (a stable object between changes, for useSyncExternalStore). */
  getRuleView = (): RuleView => this.view;

  private ruleViewChanged(): void {
    this.view = { hidden: [...this.hidden], accepted: [...this.accepted] };
    this.notify();
  }

  toggleHidden(rule: string): void {
    if (!this.hidden.delete(rule)) this.hidden.add(rule);
    this.ruleViewChanged();
  }

  toggleAccepted(rule: string): void {
    if (!this.accepted.delete(rule)) this.accepted.add(rule);
    this.ruleViewChanged();
  }

  /** A new article: nothing of it is accepted or visited yet. */
  startArticle(): void {
    this.accepted.clear();
    this.current = null;
    this.ruleViewChanged();
  }

  /** Changes F7 stops at: not by an accepted or hidden rule. */
  private skips = (c: AttributedChange): boolean => c.rule !== null && (this.accepted.has(c.rule) || this.hidden.has(c.rule));

  /** "n / N": the visited change's place among those F7 stops at (0 before the first visit). */
  position(): { index: number; total: number } {
    const stops = (this.info?.changes ?? []).filter((c) => !this.skips(c));
    const at = this.current ? stops.findIndex((c) => c.cleanStart === this.current!.cleanStart && c.cleanEnd === this.current!.cleanEnd) : -1;
    return { index: at + 1, total: stops.length };
  }

  goto(direction: 1 | -1): boolean {
    if (!this.clean) return false;
    const change = gotoChange(this.clean, direction, this.skips);
    if (change) this.reveal(change);
    this.current = change ? { cleanStart: change.cleanStart, cleanEnd: change.cleanEnd } : null;
    this.clean.focus();
    this.notify();
    return change !== null;
  }

  /** Select the next (or previous) suspicion; false when there is none that way. */
  gotoSuspicion(direction: 1 | -1): boolean {
    if (!this.clean) return false;
    const found = gotoSuspicion(this.clean, direction);
    this.clean.focus();
    return found !== null;
  }

  /** Put a suspicion's proposal in the clean text (the panel's accept button). */
  acceptSuspicion(s: Suspicion): boolean {
    return this.clean ? applySuspicion(this.clean, s) : false;
  }

  /**
   * Give the clean editor the backend's suspicions for `text`; ignored when the editor holds another text by now
   * (typing went on during the save), whose suspicions stay as they were mapped.
   */
  setSuspicions(text: string, list: readonly Suspicion[]): boolean {
    const view = this.clean;
    if (!view || view.state.field(suspicionField, false) === undefined || view.state.doc.toString() !== text) return false;
    view.dispatch({ effects: setSuspicions.of(list) });
    return true;
  }

  revert(change: AttributedChange): boolean {
    return this.clean ? revertChange(this.clean, change) : false;
  }

  revertAtCursor(): boolean {
    return this.clean ? revertChangeAtCursor(this.clean) : false;
  }

  /** The 0-based paragraph (line) the clean editor's cursor is in. */
  cursorParagraph(): number {
    if (!this.clean) return 0;
    const state = this.clean.state;
    return state.doc.lineAt(state.selection.main.head).number - 1;
  }

  /** Select a range of the clean text and bring it into view (a warning was clicked). */
  select(range: Range): void {
    const view = this.clean;
    if (!view) return;
    const length = view.state.doc.length;
    const from = Math.min(range.start, length);
    const to = Math.min(Math.max(range.end, from), length);
    view.dispatch({ selection: EditorSelection.range(from, to), scrollIntoView: true });
    view.focus();
  }

  focus(): void {
    this.clean?.focus();
  }
}
