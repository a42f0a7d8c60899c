import { describe, expect, it } from 'vitest';
import { NOTE_GAP, placeNote, type Box } from '../../lib/ui/placement';

const viewport = { width: 1280, height: 800 };
const note = { width: 420, height: 260 };
const bottomOf = (b: Box): number => b.top + b.height;
const overlaps = (a: Box, b: Box): boolean => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

function noteBox(rects: Box[], n = note, v = viewport): Box {
  const p = placeNote(rects, n, v);
  return { left: p.left, top: p.top, width: Math.min(n.width, v.width - 2 * NOTE_GAP), height: Math.min(n.height, p.maxHeight) };
}

describe('where the note goes', () => {
  it('sits below a sentence near the top, without covering it', () => {
    const lines = [{ left: 100, top: 100, width: 600, height: 20 }, { left: 80, top: 120, width: 300, height: 20 }];
    const b = noteBox(lines);
    expect(b.top).toBeGreaterThanOrEqual(140);
    for (const l of lines) expect(overlaps(b, l)).toBe(false);
  });
  it('goes above a sentence near the bottom of the viewport', () => {
    const line = { left: 100, top: 700, width: 600, height: 20 };
    const b = noteBox([line]);
    expect(bottomOf(b)).toBeLessThanOrEqual(700);
    expect(b.top).toBeGreaterThanOrEqual(0);
  });
  it('stays inside the viewport for a sentence at the right edge', () => {
    const b = noteBox([{ left: 1200, top: 300, width: 70, height: 20 }]);
    expect(b.left + b.width).toBeLessThanOrEqual(viewport.width - NOTE_GAP);
    expect(b.left).toBeGreaterThanOrEqual(NOTE_GAP);
  });
  it('goes beside a tall sentence in a short viewport, and still never covers it', () => {
    const tall = [{ left: 20, top: 100, width: 500, height: 500 }];
    const b = noteBox(tall, note, { width: 1280, height: 700 });
    expect(overlaps(b, tall[0] as Box)).toBe(false);
  });
  it('shrinks to the room left on a narrow phone-sized viewport instead of covering the sentence', () => {
    const v = { width: 360, height: 640 };
    const line = [{ left: 10, top: 250, width: 340, height: 120 }];
    const b = noteBox(line, { width: 420, height: 400 }, v);
    expect(overlaps(b, line[0] as Box)).toBe(false);
    expect(b.left + b.width).toBeLessThanOrEqual(v.width);
    expect(bottomOf(b)).toBeLessThanOrEqual(v.height);
  });
});
