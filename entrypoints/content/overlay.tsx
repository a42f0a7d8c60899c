import { render } from 'preact';
import { Marker, MARKER_CSS } from '../../components/Marker';
import { Note, NOTE_CSS } from '../../components/Note';
import type { SentenceAnnotation } from '../../lib/annotate/schema';
import { placeNote } from '../../lib/ui/placement';

/** Pause before a note opened by hovering closes, so the pointer can travel from the sentence into the note (ms). */
const HOVER_CLOSE_DELAY_MS = 250;
/** Widest a note gets (px): about 70 characters per line at 13 px. */
const NOTE_WIDTH = 440;

/** Tag names of Parallax's own elements in the page; unknown tags, so no page CSS targets them by accident. */
export const NOTE_TAG = 'parallax-note';
export const MARKER_TAG = 'parallax-marker';

interface Open {
  id: string;
  pinned: boolean;
}

/**
 * The notes and inline markers Parallax draws over a page. Everything it renders lives in shadow
 * roots (page CSS neither leaks in nor out); the markers' hosts are the only elements it adds to the
 * page's text flow, and they hold no text of their own, so the page's textContent is unchanged.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private box: HTMLDivElement | null = null;
  private open: Open | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly markers = new Map<string, { host: HTMLElement; root: ShadowRoot }>();
  /** Marker host → annotation id: looked up on every mouseover, so not a scan of all markers. */
  private readonly markerIds = new WeakMap<EventTarget, string>();

  constructor(
    private readonly doc: Document,
    /** The annotation with this id, if it is highlighted. */
    private readonly annotationOf: (id: string) => SentenceAnnotation | undefined,
    /** The highlight elements of an annotation, in document order. */
    private readonly marksOf: (id: string) => readonly HTMLElement[],
    /** The page's publication date (YYYY-MM-DD), when it states one. */
    private readonly pageDate: () => string | undefined = () => undefined,
  ) {}

  /** Adds the marker after an annotation's last mark. */
  addMarker(a: SentenceAnnotation, after: HTMLElement): void {
    const host = this.doc.createElement(MARKER_TAG);
    const root = host.attachShadow({ mode: 'open' });
    this.styleMarker(root);
    after.after(host);
    this.markers.set(a.id, { host, root });
    this.markerIds.set(host, a.id);
    this.renderMarker(a.id);
  }

  /**
   * One stylesheet shared by every marker's shadow root, where the browser lets a content script
   * adopt one; else a <style> per marker (Firefox refuses a sheet made in the content script's world:
   * the assignment throws, or is checked here not to have taken). A <style> per marker is one more
   * element and sheet per marker, 1,388 of each on a 100,000-word page; with the shared sheet the
   * longest task of 6 traced loads there was 41.5 ms (46.2 ms with a <style> each, same machine hour).
   */
  private markerSheet: CSSStyleSheet | null | undefined;
  private styleMarker(root: ShadowRoot): void {
    if (this.markerSheet !== null) {
      try {
        if (!this.markerSheet) {
          this.markerSheet = new CSSStyleSheet();
          this.markerSheet.replaceSync(MARKER_CSS);
        }
        root.adoptedStyleSheets = [this.markerSheet];
        if (root.adoptedStyleSheets.length === 1) return;
      } catch {
        // Not allowed here: a <style> per marker from now on.
      }
      this.markerSheet = null;
    }
    const style = this.doc.createElement('style');
    style.textContent = MARKER_CSS;
    root.appendChild(style);
  }

  private renderMarker(id: string): void {
    const m = this.markers.get(id);
    const a = this.annotationOf(id);
    if (!m || !a) return;
    const pinned = this.open?.id === id && this.open.pinned;
    render(
      <Marker
        annotation={a}
        pinned={pinned}
        onActivate={() => (pinned ? this.close(true) : this.show(id, true))}
        onFocus={() => this.show(id, false)}
        onBlur={() => this.scheduleClose()}
      />,
      m.root,
    );
  }

  /** Opens the note for an annotation beside its sentence; `pin` keeps it open until closed. */
  show(id: string, pin: boolean): void {
    const a = this.annotationOf(id);
    const marks = this.marksOf(id);
    if (!a || marks.length === 0) return;
    clearTimeout(this.closeTimer);
    const previous = this.open?.id;
    // Hovering another sentence never replaces a pinned note.
    if (this.open?.pinned && !pin && previous !== id) return;
    this.open = { id, pinned: pin || (previous === id && (this.open?.pinned ?? false)) };
    const box = this.ensureBox();
    render(<Note annotation={a} pinned={this.open.pinned} onClose={() => this.close(true)} pageDate={this.pageDate()} />, box);
    this.position();
    if (previous && previous !== id) this.renderMarker(previous);
    this.renderMarker(id);
  }

  /** Re-places the open note (after a scroll or resize). */
  position(): void {
    if (!this.open || !this.box || !this.host) return;
    const marks = this.marksOf(this.open.id);
    const rects = marks.flatMap((m) => Array.from(m.getClientRects())).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
    const view = this.doc.defaultView;
    const viewport = { width: this.doc.documentElement.clientWidth || view?.innerWidth || 1024, height: view?.innerHeight || 768 };
    this.box.style.maxHeight = 'none';
    this.box.style.width = `${Math.min(NOTE_WIDTH, viewport.width - 16)}px`;
    const size = this.box.getBoundingClientRect();
    const p = placeNote(rects, { width: size.width, height: size.height }, viewport);
    this.box.style.left = `${p.left}px`;
    this.box.style.top = `${p.top}px`;
    this.box.style.maxHeight = `${p.maxHeight}px`;
    this.box.dataset.side = p.side;
  }

  scheduleClose(): void {
    if (this.open?.pinned) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(false), HOVER_CLOSE_DELAY_MS);
  }

  cancelClose(): void {
    clearTimeout(this.closeTimer);
  }

  /** Closes the note; `force` also closes a pinned one. Returns the id that was open. */
  close(force: boolean): string | undefined {
    if (!this.open || (this.open.pinned && !force)) return undefined;
    const id = this.open.id;
    this.open = null;
    if (this.box) render(null, this.box);
    if (this.box) this.box.style.display = 'none';
    this.renderMarker(id);
    return id;
  }

  get openId(): string | undefined {
    return this.open?.id;
  }

  /** The marker's button, for returning keyboard focus to it. */
  markerButton(id: string): HTMLElement | null {
    return this.markers.get(id)?.root.querySelector('button') ?? null;
  }

  /** True for events inside the note. */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && (target === this.host || this.host.contains(target));
  }

  /** True when `target` is one of Parallax's marker hosts. */
  isMarker(target: EventTarget | null): string | undefined {
    return target ? this.markerIds.get(target) : undefined;
  }

  private ensureBox(): HTMLDivElement {
    if (!this.host || !this.host.isConnected || !this.box) {
      this.host?.remove();
      const host = this.doc.createElement(NOTE_TAG);
      // Outside <body>, fixed, on top: the note never takes space in the page's layout.
      host.setAttribute('style', 'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647;');
      const root = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = `${NOTE_CSS}\n.box { position: fixed; display: block; }`;
      const box = this.doc.createElement('div');
      box.className = 'box';
      box.addEventListener('mouseenter', () => this.cancelClose());
      box.addEventListener('mouseleave', () => this.scheduleClose());
      root.append(style, box);
      this.doc.documentElement.appendChild(host);
      this.host = host;
      this.box = box;
    }
    this.box.style.display = 'block';
    return this.box;
  }

  /** Removes every marker and the note: nothing of Parallax's stays in the page. */
  clear(): void {
    clearTimeout(this.closeTimer);
    this.open = null;
    for (const m of this.markers.values()) {
      render(null, m.root);
      m.host.remove();
    }
    this.markers.clear();
    if (this.box) render(null, this.box);
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
