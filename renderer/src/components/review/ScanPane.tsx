import { useCallback, useEffect, useRef, useState } from 'react';
import OpenSeadragon from 'openseadragon';
import { EditorSelection } from '@codemirror/state';
import type { LineBox } from '../../../../shared/model/types';
import type { Side } from '../../editor/alignment';
import { useDiffController } from '../../editor/context';
import { changeAt, changeAtCursor } from '../../editor/attribution';
import { cleanLineOf, lineAtPoint, ocrLineOf, paragraphOcrLines } from '../../editor/scanLines';
import { useT } from '../../hooks/useT';
import { renderPdfPage } from '../../lib/pdfPage';
import { SCAN_WIDTH } from '../../lib/scanPrefs';
import { useDesk } from '../../store/provider';

interface Outline {
  line: LineBox | null;
  paragraph: LineBox[];
  /** The printed lines of the diff change at the caret. */
  change: LineBox[];
}

const NO_OUTLINE: Outline = { line: null, paragraph: [], change: [] };

/** The 0-based line of `text` holding offset `at`. */
const lineOfOffset = (text: string, at: number) => text.slice(0, at).split('\n').length - 1;

/** Which editor the caret is in: the OCR pane when it has focus, else the clean text. */
function caretSide(ocr: HTMLElement | null | undefined): Side {
  return ocr && ocr.contains(document.activeElement) ? 'ocr' : 'clean';
}

/**
 * The page image beside the texts (OpenSeadragon: smooth zoom and pan), with the caret's printed line and its
 * paragraph outlined where the page has line boxes; a click on a line puts the caret there.
 */
export function ScanPane() {
  const t = useT();
  const controller = useDiffController();
  const article = useDesk((s) => s.article);
  const scan = useDesk((s) => s.scan);
  const open = useDesk((s) => s.scanOpen);
  const width = useDesk((s) => s.scanWidth);
  const loadScan = useDesk((s) => s.loadScan);
  const setWidth = useDesk((s) => s.setScanWidth);
  const host = useRef<HTMLDivElement>(null);
  const viewer = useRef<OpenSeadragon.Viewer | null>(null);
  const [outline, setOutline] = useState<Outline>(NO_OUTLINE);
  const [ready, setReady] = useState(false);
  const overlays = useRef<HTMLElement[]>([]);

  const pageId = article?.pageId ?? null;
  const hasImage = article?.hasImage ?? false;
  useEffect(() => {
    if (open && pageId !== null && hasImage) void loadScan(pageId);
  }, [open, pageId, hasImage, loadScan]);

  const image = scan && scan.pageId === pageId ? scan.image : null;
  const layout = scan && scan.pageId === pageId ? scan.layout : null;
  // Boxes are in the layout's units; the image may be any size (a downscaled copy, a rendered PDF page).
  const scale = image && layout && layout.width > 0 ? image.width / layout.width : 1;

  // What the viewer loads: the image itself, or a PDF page rendered by pdf.js at the size its boxes were measured in.
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    setSource(null);
    if (!open || !image || image.type === 'tiff') return;
    if (image.type !== 'pdf') return setSource(image.url);
    let url: string | null = null;
    let cancelled = false;
    renderPdfPage(image.url, image.page ?? 1, image.width).then(
      (rendered) => {
        url = rendered;
        if (cancelled) URL.revokeObjectURL(rendered);
        else setSource(rendered);
      },
      () => setSource(null),
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [open, image]);

  useEffect(() => {
    if (!source || !host.current) return;
    const v = OpenSeadragon({
      element: host.current,
      tileSources: { type: 'image', url: source },
      drawer: 'canvas',
      showNavigationControl: false,
      animationTime: 0.4,
      gestureSettingsMouse: { clickToZoom: false, dblClickToZoom: true },
      visibilityRatio: 0.2,
    });
    viewer.current = v;
    setReady(false);
    v.addHandler('open', () => setReady(true));
    return () => {
      viewer.current = null;
      overlays.current = [];
      setReady(false);
      v.destroy();
    };
  }, [source]);

  // The caret's line and paragraph, followed as the selection moves in either editor.
  const follow = useCallback(() => {
    const boxes = article?.lineBoxes;
    if (!boxes || !article) return setOutline(NO_OUTLINE);
    const side = caretSide(controller.ocr?.dom);
    const view = side === 'ocr' ? controller.ocr : controller.clean;
    if (!view) return;
    const head = view.state.selection.main.head;
    const line = view.state.doc.lineAt(head);
    const fraction = line.length > 0 ? (head - line.from) / line.length : 0;
    const info = controller.getSnapshot();
    const groups = info?.diff.groups ?? null;
    const ocrLine = ocrLineOf(groups, side, line.number - 1, fraction, boxes.length);
    const paragraph = paragraphOcrLines(groups, side, line.number - 1);
    const change = info ? (side === 'clean' ? changeAtCursor(info.changes, head) : changeAt(info.changes, 'ocr', head)) : null;
    const present = (b: LineBox | null | undefined): b is LineBox => b !== null && b !== undefined;
    setOutline({
      line: ocrLine === null ? null : (boxes[ocrLine] ?? null),
      paragraph: paragraph ? boxes.slice(paragraph.start, paragraph.end).filter(present) : [],
      change: change ? boxes.slice(lineOfOffset(article.ocrText, change.ocrStart), lineOfOffset(article.ocrText, change.ocrEnd) + 1).filter(present) : [],
    });
  }, [article, controller]);

  useEffect(() => {
    if (!open) return;
    follow();
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [open, follow]);

  // The outlines as OpenSeadragon overlays, so they zoom and pan with the image.
  useEffect(() => {
    const v = viewer.current;
    if (!v || !ready) return;
    for (const el of overlays.current) v.removeOverlay(el);
    overlays.current = [];
    const place = (box: LineBox, className: string, testId: string) => {
      const el = document.createElement('div');
      el.className = className;
      el.dataset.testid = testId;
      v.addOverlay({ element: el, location: v.viewport.imageToViewportRectangle(box.x * scale, box.y * scale, box.w * scale, box.h * scale) });
      overlays.current.push(el);
    };
    for (const box of outline.paragraph) place(box, 'scan-paragraph', 'scan-paragraph-line');
    for (const box of outline.change) place(box, 'scan-change', 'scan-change-line');
    if (outline.line) place(outline.line, 'scan-line', 'scan-caret-line');
  }, [outline, ready, scale]);

  // A click on a printed line of the article puts the caret at the start of the clean text beside it.
  useEffect(() => {
    const v = viewer.current;
    const boxes = article?.lineBoxes;
    if (!v || !ready || !boxes) return;
    const onClick = (e: OpenSeadragon.CanvasClickEvent) => {
      if (!e.quick) return;
      const p = v.viewport.viewerElementToImageCoordinates(e.position);
      const hit = lineAtPoint(boxes, p.x / scale, p.y / scale, 4 / scale);
      const clean = controller.clean;
      if (hit === null || !clean) return;
      const line = clean.state.doc.line(Math.min(clean.state.doc.lines, cleanLineOf(controller.getSnapshot()?.diff.groups ?? null, hit) + 1));
      clean.dispatch({ selection: EditorSelection.cursor(line.from), scrollIntoView: true });
      clean.focus();
    };
    v.addHandler('canvas-click', onClick);
    return () => v.removeHandler('canvas-click', onClick);
  }, [article, ready, scale, controller]);

  const startResize = (e: React.PointerEvent<HTMLDivElement>) => {
    const startX = e.clientX;
    const startWidth = width;
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => setWidth(startWidth + (startX - m.clientX));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };

  // A page without a scan gets no pane: the texts keep the whole width (the toggle says why it is off).
  if (!open || !article || !hasImage) return null;
  const message = image?.type === 'tiff' ? t('scan.cannotShow') : null;
  return (
    <>
      <div
        className="scan-splitter"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('scan.resize')}
        aria-valuenow={width}
        aria-valuemin={SCAN_WIDTH.min}
        aria-valuemax={SCAN_WIDTH.max}
        tabIndex={0}
        data-testid="scan-splitter"
        onPointerDown={startResize}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') setWidth(width + 20);
          else if (e.key === 'ArrowRight') setWidth(width - 20);
        }}
      />
      <section className="pane scan-pane" style={{ width }} aria-label={t('scan.title')} data-testid="scan-pane">
        <h3 className="pane-title">
          {t('scan.title')}
          {layout ? '' : ` · ${t('scan.noBoxes')}`}
        </h3>
        {message ? <p className="scan-message">{message}</p> : <div ref={host} className="scan-viewer" data-testid="scan-viewer" data-ready={ready ? 'true' : 'false'} />}
      </section>
    </>
  );
}
