// Keeps the two panes side by side paragraph by paragraph: scrolling one scrolls the other to the aligned line.
import type { EditorView } from '@codemirror/view';
import type { ParagraphGroup } from '../../../shared/diff';
import { alignedLine } from './alignment';
import type { Side } from './alignment';

/** Line (0-based, fractional) at the top of the view's scrolled area. */
function topLine(view: EditorView): number {
  const height = Math.max(0, view.scrollDOM.scrollTop - view.documentPadding.top);
  const block = view.lineBlockAtHeight(height);
  const line = view.state.doc.lineAt(block.from).number - 1;
  const fraction = block.height > 0 ? Math.min(1, Math.max(0, (height - block.top) / block.height)) : 0;
  return line + fraction;
}

function scrollTopFor(view: EditorView, line: number): number {
  const doc = view.state.doc;
  const index = Math.min(Math.max(0, Math.floor(line)), doc.lines - 1);
  const block = view.lineBlockAt(doc.line(index + 1).from);
  return block.top + (line - index) * block.height + view.documentPadding.top;
}

/** Link the two views' scrolling; returns the function that unlinks them. */
export function linkScrolling(ocr: EditorView, clean: EditorView, groups: () => readonly ParagraphGroup[] | null): () => void {
  // The scroll we cause in the other pane fires its own event; remember it so it does not echo back.
  const expected = new Map<EditorView, number>();

  const follow = (source: EditorView, side: Side, target: EditorView) => () => {
    const wanted = expected.get(source);
    if (wanted !== undefined && Math.abs(source.scrollDOM.scrollTop - wanted) < 2) {
      expected.delete(source);
      return;
    }
    expected.delete(source);
    const aligned = groups();
    if (!aligned) return;
    const scroller = source.scrollDOM;
    const targetMax = target.scrollDOM.scrollHeight - target.scrollDOM.clientHeight;
    let top: number;
    // The ends match exactly: both at the top, both at the bottom.
    if (scroller.scrollTop <= 0) top = 0;
    else if (scroller.scrollTop >= scroller.scrollHeight - scroller.clientHeight - 1) top = targetMax;
    else {
      const at = topLine(source);
      const line = Math.floor(at);
      top = Math.round(Math.min(targetMax, scrollTopFor(target, alignedLine(aligned, side, line, at - line))));
    }
    if (Math.abs(target.scrollDOM.scrollTop - top) < 2) return;
    expected.set(target, top);
    target.scrollDOM.scrollTop = top;
  };

  const onOcr = follow(ocr, 'ocr', clean);
  const onClean = follow(clean, 'clean', ocr);
  ocr.scrollDOM.addEventListener('scroll', onOcr, { passive: true });
  clean.scrollDOM.addEventListener('scroll', onClean, { passive: true });
  return () => {
    ocr.scrollDOM.removeEventListener('scroll', onOcr);
    clean.scrollDOM.removeEventListener('scroll', onClean);
  };
}
