/**
 * zod's configuration for every context of the extension: import this module FIRST in each entry
 * point (`import '../lib/zod-config';` above every other import), so it runs before any module that
 * defines a schema is evaluated (ES modules run in import order).
 *
 * `jitless`: zod compiles no code at run time. Without it, zod 4 probes `new Function('')` the first
 * time it creates an object schema, at import of the module defining it; an extension's pages forbid
 * eval (their CSP has no 'unsafe-eval', and Parallax asks for no exception), so the probe fails, and
 * Firefox logs it as a console error even though zod catches it: "Content-Security-Policy: The page's
 * settings blocked a JavaScript eval" for the background page and every popup load. A `z.config` in the
 * entry point's own body is too late: its imports have run by then. tests/e2e/firefox.test.ts fails
 * if the error returns.
 */
import { z } from 'zod';

z.config({ jitless: true });
