import { differingOutletCount, outletCount } from '../lib/annotate/outlet-count';
import type { SentenceAnnotation } from '../lib/annotate/schema';

interface MarkerProps {
  annotation: SentenceAnnotation;
  pinned: boolean;
  onActivate: () => void;
  onFocus: () => void;
  onBlur: () => void;
}

/** The small marker after a highlighted sentence: how many other outlets state the fact, and ≠ when any differs. */
export function Marker({ annotation, pinned, onActivate, onFocus, onBlur }: MarkerProps) {
  const n = outletCount(annotation.links);
  const differing = differingOutletCount(annotation.links);
  const label = `${n} other outlet${n === 1 ? '' : 's'} report${n === 1 ? 's' : ''} this${differing > 0 ? `; ${differing} ${annotation.status === 'disputed' ? 'conflict' : 'differ'}` : ''}. ${pinned ? 'Close' : 'Open'} the note.`;
  return (
    <button type="button" class={`marker ${annotation.status}`} aria-label={label} aria-expanded={pinned} onClick={(e) => e.isTrusted && onActivate()} onFocus={onFocus} onBlur={onBlur}>
      {n}
      {differing > 0 ? <span aria-hidden="true">≠</span> : null}
    </button>
  );
}

export const MARKER_CSS = `
:host { all: initial; display: inline; }
.marker { all: unset; box-sizing: border-box; display: inline-block; min-width: 1.5em; margin: 0 0 0 3px; padding: 0 4px;
  font: 600 11px/1.5 system-ui, sans-serif; text-align: center; vertical-align: 0.15em; border-radius: 8px; cursor: pointer;
  background: #2563eb; color: #fff; }
.marker.disputed { background: #b45309; }
.marker span { margin-left: 1px; }
.marker:focus-visible { outline: 2px solid #111; outline-offset: 1px; box-shadow: 0 0 0 4px #fff; }
.marker[aria-expanded="true"] { box-shadow: 0 0 0 2px #fff, 0 0 0 4px #2563eb; }
`;
