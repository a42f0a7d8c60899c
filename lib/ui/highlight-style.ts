/**
 * Inline styles for highlights. Translucent fills with a solid underline read on light and dark
 * pages alike, and the text keeps the page's own colour. Inline (not a stylesheet) so Parallax adds
 * nothing to the page but its marks; `!important` because page CSS often styles <mark>.
 * `box-decoration-break: clone` draws the underline per line box: without it, Firefox drew a wrapped
 * sentence's inset shadow across the whole page.
 */
export const HIGHLIGHT_STYLE = {
  corroborated: 'background-color: rgba(59,130,246,.18) !important; color: inherit !important; box-shadow: inset 0 -2px rgba(37,99,235,.85) !important; padding: 0 !important; border-radius: 0 !important; box-decoration-break: clone !important; -webkit-box-decoration-break: clone !important;',
  disputed: 'background-color: rgba(245,158,11,.26) !important; color: inherit !important; box-shadow: inset 0 -2px rgba(217,119,6,.95) !important; padding: 0 !important; border-radius: 0 !important; box-decoration-break: clone !important; -webkit-box-decoration-break: clone !important;',
} as const;

/** Added while a highlight is revealed from the popup (scrolled to and flashed). */
export const FLASH_STYLE = 'outline: 3px solid #f59e0b !important; outline-offset: 2px !important;';
/** How long the flash lasts (ms): long enough to find the sentence after the scroll settles. */
export const FLASH_MS = 1600;
