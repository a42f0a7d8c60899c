import { z } from 'zod';
import { PageAnnotationsSchema, type PageAnnotations } from '../annotate/schema';
import { W3CAnnotationPageSchema, fromW3C } from './w3c';

/**
 * Largest export file we read. A full "export all" of a heavy user is a few MB; 50 MB leaves room
 * while keeping JSON.parse and validation from freezing the popup. Checked on `text.length` (UTF-16
 * code units), which is cheap and close enough to bytes for the mostly-ASCII JSON we write.
 */
export const MAX_IMPORT_MB = 50;
const MAX_IMPORT_CHARS = MAX_IMPORT_MB * 1024 * 1024;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A zod issue path as code would write it: `[2].items[3].target.selector[0].exact`, `["@context"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The first problem in a zod error, in plain words: `items[3].target.selector[0].exact: expected string, got number`. */
export function describeZodError(error: { issues: readonly z.core.$ZodIssue[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  let what: string;
  if (issue.code === 'invalid_type') {
    what = issue.input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeName(issue.input)}`;
  } else {
    what = issue.message;
  }
  const where = formatPath(issue.path);
  return where === '' ? what : `${where}: ${what}`;
}

/**
 * Reads a JSON export (one AnnotationPage, or an array of them from "export all") back into pages.
 * Every failure is an Error whose message starts with the file name and says what is wrong, e.g.
 * `export.json: items[3].target.selector[0].exact: expected string, got number`.
 */
export function parseExportFile(text: string, fileName: string): PageAnnotations[] {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new Error(`${fileName}: the file is too large to import (over ${MAX_IMPORT_MB} MB).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${fileName}: not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  // Parse as the shape it claims to be, so the reported path is the real first bad field rather than
  // a union's summary of two failed alternatives.
  const isArray = Array.isArray(json);
  const parsed = isArray ? z.array(W3CAnnotationPageSchema).safeParse(json, { reportInput: true }) : W3CAnnotationPageSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new Error(`${fileName}: ${describeZodError(parsed.error)}`);
  const files = Array.isArray(parsed.data) ? parsed.data : [parsed.data];

  const seen = new Map<string, number>();
  return files.map((w3c, i) => {
    const at = isArray ? `[${i}]` : '';
    w3c.items.forEach((item, j) => {
      if (item.body.length < 2) throw new Error(`${fileName}: ${at}${at ? '.' : ''}items[${j}].body: no linking body (each annotation needs at least one other outlet's sentence)`);
    });
    const page = fromW3C(w3c);
    const checked = PageAnnotationsSchema.safeParse(page, { reportInput: true });
    if (!checked.success) throw new Error(`${fileName}: ${at}${at ? ' ' : ''}page ${page.url || '(no url)'}: ${describeZodError(checked.error)}`);
    const before = seen.get(page.url);
    if (before !== undefined) throw new Error(`${fileName}: [${before}] and [${i}] are both annotations for ${page.url}; keep one.`);
    seen.set(page.url, i);
    return checked.data;
  });
}
