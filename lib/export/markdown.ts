import type { PageAnnotations } from '../annotate/schema';
import { describeDifference, summarize } from './summary';

/** Escapes what Markdown would render as markup, links or HTML, so page text stays text. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^([#+\-=>]|\d+\.)/, '\\$1')
    .replace(/\n/g, ' ');
}

/** The page's annotations for people: one section per sentence, each outlet's wording and the differences. */
export function toMarkdown(page: PageAnnotations): string {
  const lines = [`# Parallax: ${escapeMarkdown(page.title ?? page.url)}`, '', `Source: ${escapeMarkdown(page.url)}`, ''];
  if (page.annotations.length === 0) lines.push('No sentence on this page states a fact that the indexed outlets also reported.');
  for (const a of page.annotations) {
    lines.push(`## ${a.status === 'disputed' ? 'Disputed' : 'Corroborated'}: “${escapeMarkdown(a.text)}”`, '', escapeMarkdown(summarize(a)), '');
    for (const l of a.links) {
      lines.push(`- **${escapeMarkdown(l.outlet)}** (${l.relation}): “${escapeMarkdown(l.text)}”`);
      for (const d of l.differences) lines.push(`  - ${d.severity === 'conflict' ? '⚠ ' : ''}${escapeMarkdown(describeDifference(d, l.outlet))}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
