import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('house rules', () => {
  const lib = files('lib').filter((f) => f.endsWith('.ts'));
  it('lib/ runs in the browser: no Node built-ins, no wxt, no browser globals', () => {
    for (const f of lib) {
      const src = fs.readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from ['"](node:|fs['"]|path['"]|wxt)/);
      expect(src, f).not.toMatch(/\bbrowser\.runtime\b|\bchrome\./);
    }
  });
  it('no innerHTML or dangerouslySetInnerHTML anywhere in the code', () => {
    for (const f of [...lib, ...files('entrypoints'), ...files('components')]) {
      expect(fs.readFileSync(f, 'utf8'), f).not.toMatch(/innerHTML|dangerouslySetInnerHTML|\beval\(/);
    }
  });
  it('every seed article has a metadata file', () => {
    for (const f of fs.readdirSync('seeds').filter((x) => /\.(txt|html?)$/.test(x))) {
      expect(fs.existsSync(`seeds/${f.replace(/\.(txt|html?)$/, '.meta.json')}`), f).toBe(true);
    }
  });
  it('the seeds are the shared corpus, text unchanged', () => {
    const shared = path.resolve('..', 'shared', 'seeds');
    if (!fs.existsSync(shared)) return;
    for (const f of fs.readdirSync(shared)) expect(fs.readFileSync(`seeds/${f}`, 'utf8'), f).toBe(fs.readFileSync(path.join(shared, f), 'utf8'));
  });
});
