import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import { PageAnnotationsSchema, type Link, type PageAnnotations } from '../../lib/annotate/schema';
import { MAX_IMPORT_MB, parseExportFile } from '../../lib/export/import';
import { W3CAnnotationPageSchema, fromW3C, toW3C, toW3CAll, type W3CAnnotationPage } from '../../lib/export/w3c';
import { createMatcher } from '../../lib/match/matcher';
import { PARALLAX_VERSION } from '../../lib/version';
import { buildSeedIndex } from '../../scripts/seed-index';

const CREATED = '2026-01-01T00:00:00.000Z';
const matcher = createMatcher(buildSeedIndex());
const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const real = seeds.map((f, i) =>
  annotatePage(
    { text: fs.readFileSync(`seeds/${f}`, 'utf8'), url: `https://example.test/${f}`, ...(i % 2 === 0 ? { title: `Seed ${f}` } : {}) },
    matcher,
    i % 3 === 0 ? { exclude: [seeds[(i + 1) % seeds.length]!.replace(/\.txt$/, '')] } : {},
  ),
);
const hill = real[seeds.indexOf('002_65fa98de86abeb10.txt')]!;

const exported = (p: PageAnnotations): string => JSON.stringify(toW3C(p, PARALLAX_VERSION, CREATED));

/** The export with every `parallax` block removed: what another producer (or an older Parallax) writes. */
function withoutExtension(page: W3CAnnotationPage): W3CAnnotationPage {
  const { parallax: _p, ...rest } = page;
  return { ...rest, items: rest.items.map(({ parallax: _x, ...item }) => item) };
}

describe('JSON export round trip on real annotations', () => {
  it('the seeds give pages worth testing: links, titles, recognised and excluded sources', () => {
    expect(real.every((p) => p.annotations.length > 0)).toBe(true);
    expect(real.some((p) => p.title !== undefined) && real.some((p) => p.title === undefined)).toBe(true);
    expect(real.some((p) => p.recognizedAs !== undefined)).toBe(true);
    expect(real.some((p) => p.excluded.length > 1)).toBe(true);
    expect(real.some((p) => p.annotations.some((a) => a.kind !== 'body'))).toBe(true);
  });

  it.each(seeds.map((f, i) => [f, i] as const))('%s: fromW3C(toW3C(page)) is the page', (_f, i) => {
    const page = real[i]!;
    expect(fromW3C(toW3C(page, PARALLAX_VERSION, CREATED))).toStrictEqual(PageAnnotationsSchema.parse(page));
    expect(parseExportFile(exported(page), 'page.json')).toStrictEqual([page]);
  });

  it('export all: an array sorted by URL that imports back to every page', () => {
    const shuffled = [...real].reverse();
    const all = toW3CAll(shuffled, PARALLAX_VERSION, CREATED);
    expect(all.map((p) => p.parallax?.url)).toEqual(real.map((p) => p.url).sort());
    const back = parseExportFile(JSON.stringify(all), 'all.json');
    expect(back).toStrictEqual([...real].sort((a, b) => (a.url < b.url ? -1 : 1)));
  });

  it('keeps the W3C contract fields as they were; extension data sits only under "parallax"', () => {
    const out = toW3C(hill, PARALLAX_VERSION, CREATED);
    expect(Object.keys(out).sort()).toEqual(['@context', 'generator', 'items', 'parallax', 'type']);
    for (const item of out.items) {
      expect(Object.keys(item).sort()).toEqual(['body', 'created', 'id', 'motivation', 'parallax', 'status', 'target', 'type']);
      expect(item.parallax?.links).toHaveLength(item.body.length - 1);
    }
    expect(W3CAnnotationPageSchema.parse(withoutExtension(out))).toStrictEqual(withoutExtension(out));
  });
});

describe('importing files without Parallax extension data', () => {
  const plain = withoutExtension(toW3C(hill, PARALLAX_VERSION, CREATED));

  it('reconstructs what the W3C fields hold and fills the rest with the documented defaults', () => {
    const [page] = parseExportFile(JSON.stringify(plain), 'other.json');
    expect(page?.url).toBe(hill.url);
    expect(page?.title).toBeUndefined();
    expect(page?.recognizedAs).toBeUndefined();
    expect(page?.excluded).toEqual([]);
    expect(page?.claims).toBe(hill.annotations.length);
    page?.annotations.forEach((a, i) => {
      const orig = hill.annotations[i]!;
      expect({ ...a, kind: orig.kind, links: [] }).toEqual({ ...orig, links: [] });
      expect(a.kind).toBe('body');
      a.links.forEach((l, j) => {
        const o = orig.links[j]!;
        expect(l).toEqual({ ...o, score: 0, claimId: `urn:parallax:source:${o.sourceId}/${o.fact}` });
        expect('url' in l).toBe(false);
      });
    });
  });

  it('takes a link URL from the body source unless it is the no-URL placeholder', () => {
    const withUrl: PageAnnotations = { ...hill, annotations: [{ ...hill.annotations[0]!, links: [{ ...hill.annotations[0]!.links[0]!, url: 'https://other.test/a' }] }] };
    const [page] = parseExportFile(JSON.stringify(withoutExtension(toW3C(withUrl, PARALLAX_VERSION, CREATED))), 'other.json');
    expect(page?.annotations[0]?.links[0]?.url).toBe('https://other.test/a');
  });

  it('an empty page from another producer imports without a URL rather than failing', () => {
    const empty = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', generator: 'parallax 0.0.9', items: [] };
    expect(parseExportFile(JSON.stringify(empty), 'empty.json')).toEqual([{ url: '', excluded: [], claims: 0, annotations: [] }]);
  });
});

describe('bad export files', () => {
  const good = (): W3CAnnotationPage => JSON.parse(exported(hill)) as W3CAnnotationPage;
  const error = (text: string, name = 'export.json'): string => {
    try {
      parseExportFile(text, name);
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      return (e as Error).message;
    }
    throw new Error('expected parseExportFile to throw');
  };

  it('names the file and the first bad field', () => {
    expect(hill.annotations.length).toBeGreaterThan(3);
    const f = good() as unknown as { items: { target: { selector: { exact: unknown }[] } }[] };
    f.items[3]!.target.selector[0]!.exact = 42;
    expect(error(JSON.stringify(f))).toBe('export.json: items[3].target.selector[0].exact: expected string, got number');
  });

  it('names the page inside an export-all array', () => {
    const f = [good(), good()] as unknown as { items: { status: unknown }[] }[];
    f[1]!.items[0]!.status = 'maybe';
    expect(error(JSON.stringify(f), 'all.json')).toMatch(/^all\.json: \[1\]\.items\[0\]\.status: /);
  });

  it('says when a required field is missing', () => {
    const f = good() as Partial<W3CAnnotationPage>;
    delete f.generator;
    expect(error(JSON.stringify(f))).toBe('export.json: generator: missing (expected string)');
  });

  it('says when the file is not an annotation page at all', () => {
    expect(error('null', 'notes.json')).toBe('notes.json: expected object, got null');
    expect(error('{"hello":1}', 'notes.json')).toMatch(/^notes\.json: \["@context"\]: /);
  });

  it('says when the JSON is invalid, with the file name', () => {
    expect(error('{"items": [', 'broken.json')).toMatch(/^broken\.json: not valid JSON/);
  });

  it('rejects extension data that does not line up with the linking bodies', () => {
    const f = good();
    f.items[0]!.parallax!.links.push({ claimId: 'x', score: 1 });
    expect(error(JSON.stringify(f))).toMatch(/^export\.json: items\[0\]\.parallax\.links: expected \d+ entr/);
  });

  it('rejects an annotation with no linking body, naming it', () => {
    const f = withoutExtension(good());
    f.items[2]!.body = [f.items[2]!.body[0]];
    expect(error(JSON.stringify(f))).toMatch(/^export\.json: items\[2\]\.body: no linking body/);
  });

  it('rejects two pages for one URL instead of silently dropping one', () => {
    expect(error(JSON.stringify([good(), good()]), 'all.json')).toMatch(/^all\.json: \[0\] and \[1\] are both annotations for https:\/\/example\.test\//);
  });

  it(`refuses files over ${MAX_IMPORT_MB} MB before parsing them`, () => {
    const big = ' '.repeat(MAX_IMPORT_MB * 1024 * 1024 + 1);
    expect(error(big, 'huge.json')).toBe(`huge.json: the file is too large to import (over ${MAX_IMPORT_MB} MB).`);
  });
});

// ---- property: export → JSON → import loses nothing ----

const nasty = fc.constantFrom(
  '',
  '<script>alert("x")</script>',
  '</script><img src=x onerror=alert(1)>',
  '"double" \'single\' `back` \\ backslash',
  'שלום עולם — Hebrew, right to left',
  'مرحبا بالعالم',
  '\u202Eevil\u202C \u200F\u200E',
  '👨‍👩‍👧 e\u0301 Ω 中文',
  '\u0000\u001f\u2028\u2029',
  'urn:parallax:source:x',
  '__proto__',
);
const str = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 24 }));

const difference = fc.record(
  {
    kind: fc.constantFrom('number', 'date', 'actor', 'order', 'quote', 'term', 'certainty'),
    severity: fc.constantFrom('conflict', 'detail'),
    here: str,
    there: str,
  },
  { noNullPrototype: true },
);

const link: fc.Arbitrary<Link> = fc
  .record(
    {
      sourceId: str,
      outlet: str,
      // 'PLACEHOLDER' becomes the exact urn toW3C writes for a link without URL: the ambiguous case.
      url: fc.oneof(str, fc.webUrl(), fc.constant('PLACEHOLDER')),
      claimId: str,
      text: str,
      fact: str,
      score: fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
      relation: fc.constantFrom('agrees', 'differs'),
      differences: fc.array(difference, { maxLength: 3 }),
    },
    { noNullPrototype: true, requiredKeys: ['sourceId', 'outlet', 'claimId', 'text', 'fact', 'score', 'relation', 'differences'] },
  )
  .map((l) => (l.url === 'PLACEHOLDER' ? { ...l, url: `urn:parallax:source:${l.sourceId}` } : l));

const annotation = fc.record(
  {
    id: fc.uuid().map((u) => `urn:uuid:${u}`),
    text: str,
    start: fc.nat(),
    end: fc.nat(),
    prefix: str,
    suffix: str,
    kind: fc.constantFrom('headline', 'subhead', 'body'),
    status: fc.constantFrom('corroborated', 'disputed'),
    links: fc.array(link, { minLength: 1, maxLength: 4 }),
  },
  { noNullPrototype: true },
);

const pageArb: fc.Arbitrary<PageAnnotations> = fc.record(
  {
    url: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), str),
    title: str,
    recognizedAs: str,
    excluded: fc.array(str, { maxLength: 3 }),
    claims: fc.nat(),
    annotations: fc.array(annotation, { maxLength: 5 }),
  },
  { noNullPrototype: true, requiredKeys: ['url', 'excluded', 'claims', 'annotations'] },
);

describe('property: export → JSON.stringify → parseExportFile loses nothing', () => {
  it('for any page', () => {
    fc.assert(
      fc.property(pageArb, (page) => {
        expect(PageAnnotationsSchema.parse(page)).toStrictEqual(page);
        expect(parseExportFile(exported(page), 'p.json')).toStrictEqual([page]);
      }),
      { numRuns: 300 },
    );
  });

  it('for any set of pages exported together', () => {
    fc.assert(
      fc.property(fc.uniqueArray(pageArb, { selector: (p) => p.url, maxLength: 4 }), (pages) => {
        const text = JSON.stringify(toW3CAll(pages, PARALLAX_VERSION, CREATED));
        expect(parseExportFile(text, 'all.json')).toStrictEqual([...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)));
      }),
      { numRuns: 100 },
    );
  });
});
