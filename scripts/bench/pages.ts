/**
 * The benchmark's article pages: benchArticle() text of a given length, as a plain text (for the
 * engine in Node) and as a realistic news page (scripts/pages.ts: masthead, navigation, teasers,
 * comments, footer, inline links and emphasis) for Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seedPages } from '../pages';
import { benchArticle, countWords } from './synthetic';

export interface BenchPage {
  /** `2k`, `100k`… */
  name: string;
  /** Words in the article text. */
  words: number;
  text: string;
  title: string;
  /** File name of the HTML page (after writeBenchPages). */
  file: string;
}

/** "2k" for 2000, "100k" for 100000. */
export function sizeName(words: number): string {
  return words % 1000 === 0 ? `${words / 1000}k` : String(words);
}

export function benchPages(sizes: readonly number[]): BenchPage[] {
  return sizes.map((target) => {
    const { title, text } = benchArticle(target);
    return { name: sizeName(target), words: countWords(text), text, title, file: `bench-${String(target).padStart(6, '0')}.html` };
  });
}

/** Writes each page as HTML into dir (through the same page builder as the seed pages); returns them. */
export function writeBenchPages(dir: string, pages: readonly BenchPage[]): void {
  const src = path.join(dir, 'src');
  fs.mkdirSync(src, { recursive: true });
  for (const p of pages) {
    const id = p.file.replace(/\.html$/, '');
    fs.writeFileSync(path.join(src, `${id}.txt`), p.text);
    fs.writeFileSync(
      path.join(src, `${id}.meta.json`),
      JSON.stringify({ outlet: 'The Parallax Bench Daily', title: p.title, language: 'en', date: '2020-08-18', inferred: [] }),
    );
  }
  for (const page of seedPages(src)) fs.writeFileSync(path.join(dir, page.file), page.html);
}
