// The caret blinks by a timer rather than by drawSelection's CSS animation. CodeMirror restarts that animation on
// every selection change, and in Chromium each restart is a new compositor animation that takes another main-thread
// frame to start: every keystroke cost two frames, and the second held back whatever the page had queued after it.
import { EditorView, ViewPlugin } from '@codemirror/view';
import type { ViewUpdate } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/** Half of CodeMirror's default 1.2 s blink: as long shown as hidden. */
export const CARET_BLINK_MS = 600;
const HIDDEN = 'cm-caret-hidden';

class CaretBlink {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly view: EditorView) {
    this.restart();
  }

  update(update: ViewUpdate): void {
    // Solid while the caret moves or the text changes, blinking again from there.
    if (update.selectionSet || update.docChanged || update.focusChanged) this.restart();
  }

  destroy(): void {
    this.stop();
  }

  /** drawSelection's layer holding the caret; it lives as long as the view's plugins. */
  private layer(): HTMLElement | null {
    return this.view.scrollDOM.querySelector<HTMLElement>(':scope > .cm-cursorLayer');
  }

  private stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private restart(): void {
    this.stop();
    const layer = this.layer();
    // Only touch the class when it is there: even an unchanged class attribute write invalidates style.
    if (layer?.classList.contains(HIDDEN)) layer.classList.remove(HIDDEN);
    if (this.view.hasFocus) this.timer = setInterval(() => this.layer()?.classList.toggle(HIDDEN), CARET_BLINK_MS);
  }
}

export const caretBlink: Extension = [
  ViewPlugin.fromClass(CaretBlink),
  EditorView.theme({
    // drawSelection sets the animation inline on each selection change; !important keeps it off.
    '& .cm-cursorLayer': { animation: 'none !important' },
    [`& .cm-cursorLayer.${HIDDEN}`]: { visibility: 'hidden' },
  }),
];
