// ALTO boxes in mm10 or inch1200 turned into image pixels. With the page image at hand the page's stated size
// and the image's give the scale (the image is the page at whatever resolution it was scanned); without one, a
// resolution does (the image's declared one where known, else the 300 dpi of newspaper digitisation guidelines).
import type { LineBox } from '../model/types';
import type { MeasurementUnit, PageLayout } from './types';

export const DEFAULT_DPI = 300;

/** How many of the unit make an inch. */
const PER_INCH: Record<Exclude<MeasurementUnit, 'pixel'>, number> = { mm10: 254, inch1200: 1200 };

/**
 * The layout in pixels of `image` (its size in pixels), or at `dpi` when there is no image or the layout states
 * no page size. A layout already in pixels is returned as it is (the desk scales pixel layouts to the image).
 */
export function layoutInPixels(layout: PageLayout, image: { width: number; height: number } | null, dpi = DEFAULT_DPI): PageLayout {
  const unit = layout.unit ?? 'pixel';
  if (unit === 'pixel') return layout;
  const bySize = image && layout.width > 0 && layout.height > 0;
  const sx = bySize ? image.width / layout.width : dpi / PER_INCH[unit];
  const sy = bySize ? image.height / layout.height : dpi / PER_INCH[unit];
  const scale = (b: LineBox): LineBox => ({
    ...b,
    x: b.x * sx,
    y: b.y * sy,
    w: b.w * sx,
    h: b.h * sy,
    ...(b.fontSize === undefined ? {} : { fontSize: b.fontSize * sy }),
  });
  const { unit: _stated, ...rest } = layout;
  return {
    ...rest,
    width: bySize ? image.width : layout.width * sx,
    height: bySize ? image.height : layout.height * sy,
    lines: layout.lines.map((b) => (b ? scale(b) : null)),
  };
}
