/** A rectangle in viewport coordinates (what getBoundingClientRect returns). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept between the note and its sentence, and between the note and the viewport's edges (px). */
export const NOTE_GAP = 8;

export interface Placement {
  left: number;
  top: number;
  /** Which side of the sentence the note went to. */
  side: 'below' | 'above' | 'right' | 'left' | 'over';
  /** Height to cap the note at (it scrolls inside) when the viewport is too short for all of it. */
  maxHeight: number;
}

function union(rects: readonly Box[]): Box {
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.left + r.width));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  return { left, top, width: right - left, height: bottom - top };
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Where to put a note of size `note` for a sentence drawn as `rects` (one per line), so that the note
 * never covers its sentence and stays inside the viewport: below the sentence if it fits, else above,
 * else beside it, else below or above in whichever has more room with the note's height capped there
 * (it scrolls inside). Only when the sentence itself fills the viewport does the note go over it.
 */
export function placeNote(rects: readonly Box[], note: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const s = union(rects.length > 0 ? rects : [{ left: 0, top: 0, width: 0, height: 0 }]);
  const width = Math.min(note.width, viewport.width - 2 * NOTE_GAP);
  const x = clamp(s.left, NOTE_GAP, viewport.width - width - NOTE_GAP);
  const below = viewport.height - (s.top + s.height) - 2 * NOTE_GAP;
  const above = s.top - 2 * NOTE_GAP;
  if (note.height <= below) return { left: x, top: s.top + s.height + NOTE_GAP, side: 'below', maxHeight: note.height };
  if (note.height <= above) return { left: x, top: s.top - NOTE_GAP - note.height, side: 'above', maxHeight: note.height };
  const y = clamp(s.top, NOTE_GAP, viewport.height - note.height - NOTE_GAP);
  const right = viewport.width - (s.left + s.width) - 2 * NOTE_GAP;
  const left = s.left - 2 * NOTE_GAP;
  if (width <= right) return { left: s.left + s.width + NOTE_GAP, top: y, side: 'right', maxHeight: Math.min(note.height, viewport.height - 2 * NOTE_GAP) };
  if (width <= left) return { left: s.left - NOTE_GAP - width, top: y, side: 'left', maxHeight: Math.min(note.height, viewport.height - 2 * NOTE_GAP) };
  if (Math.max(below, above) >= 60) {
    return below >= above
      ? { left: x, top: s.top + s.height + NOTE_GAP, side: 'below', maxHeight: below }
      : { left: x, top: NOTE_GAP, side: 'above', maxHeight: above };
  }
  return { left: x, top: NOTE_GAP, side: 'over', maxHeight: viewport.height - 2 * NOTE_GAP };
}
