// @vitest-environment happy-dom
import { mount, unmountAll } from './mount';
import { seed } from '../helpers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmphasizedText } from '../../components/EmphasizedText';
import { FactCard } from '../../components/FactCard';
import { NumberAxisChart } from '../../components/NumberAxis';
import { annotatePage } from '../../lib/annotate/annotate';
import { emphasize } from '../../lib/annotate/emphasis';
import { comparePage } from '../../lib/annotate/facts';
import type { PageAnnotations } from '../../lib/annotate/schema';
import { createMatcher } from '../../lib/match/matcher';
import { buildSeedIndex } from '../../scripts/seed-index';
import { fireMatcher, firePage, POWER, TOLL } from '../fire-story';

const matcher = createMatcher(buildSeedIndex());
const sources = matcher.index.sources.map((s) => ({ id: s.id, outlet: s.outlet }));
const page = annotatePage({ text: seed('000_632a70be4bd1d4be'), url: 'https://example.test/a' }, matcher);
const facts = comparePage(page, sources);
const injured = facts.find((f) => f.sentence.includes('more than 70 others'))!;
// A fact whose outlets give other figures (tests/fire-story.ts): a conflict, details, an axis.
const fire = fireMatcher();
const fireFacts = comparePage(firePage(fire), fire.index.sources.map((s) => ({ id: s.id, outlet: s.outlet })));
const toll = fireFacts.find((f) => f.sentence === TOLL)!;
const power = fireFacts.find((f) => f.sentence === POWER)!;

afterEach(unmountAll);

describe('FactCard', () => {
  it('carries the annotation id and status for the page and for tests', () => {
    const card = mount(<FactCard fact={toll} onReveal={() => {}} />).querySelector('article')!;
    expect(card.getAttribute('data-annotation-id')).toBe(toll.id);
    expect(card.getAttribute('data-status')).toBe('disputed');
    expect(card.classList.contains('conflict')).toBe(true);
    const agreed = mount(<FactCard fact={power} onReveal={() => {}} />).querySelector('article')!;
    expect(agreed.getAttribute('data-status')).toBe('corroborated');
    expect(agreed.classList.contains('conflict')).toBe(false);
  });

  it('shows the page sentence with its differing figures marked', () => {
    const root = mount(<FactCard fact={toll} onReveal={() => {}} />);
    const sentence = root.querySelector('.page-sentence')!;
    expect(sentence.textContent).toBe(toll.sentence);
    expect([...sentence.querySelectorAll('mark.conflict')].map((m) => m.textContent)).toEqual(['53 people']);
    expect([...sentence.querySelectorAll('mark:not(.conflict)')].map((m) => m.textContent)).toEqual(expect.arrayContaining(['more than 70 others', 'officials said']));
  });

  it('gives each outlet a column: name, their sentence with the differing wording marked, a badge, the differences in words', () => {
    const root = mount(<FactCard fact={toll} onReveal={() => {}} />);
    const columns = [...root.querySelectorAll('.outlet')];
    expect(columns).toHaveLength(toll.outlets.length);
    const herald = columns.find((c) => c.querySelector('.outlet-name')?.textContent?.startsWith('Coast Herald'))!;
    expect(herald.querySelector('.badge')?.textContent).toBe('Conflicts');
    expect([...herald.querySelectorAll('.their mark')].map((m) => m.textContent)).toEqual(expect.arrayContaining(['89 people', 'more than 75 others']));
    expect(herald.querySelector('.diffs li.conflict')?.textContent).toMatch(/^Number conflicts — here: 53 people; Coast Herald.*: 89 people/);
    expect([...herald.querySelectorAll('.diffs li:not(.conflict)')].map((li) => li.textContent)).toContainEqual(expect.stringMatching(/^Number differs — here: more than 70 others; Coast Herald.*: more than 75 others/));
    const radio = columns.find((c) => c.querySelector('.outlet-name')?.textContent?.startsWith('Valley Radio'))!;
    expect(radio.querySelector('.badge')?.textContent).toBe('Differs in detail');
    // Conflicting outlets come first.
    expect(columns[0]?.querySelector('.badge')?.textContent).toBe('Conflicts');
    expect(columns.at(-1)?.querySelector('.badge')?.textContent).not.toBe('Conflicts');
  });

  it('draws the number differences as an SVG chart labelled with SVG text', () => {
    const root = mount(<FactCard fact={toll} onReveal={() => {}} />);
    const charts = root.querySelectorAll('figure.axis svg');
    expect(charts.length).toBe(toll.axes.length);
    expect(charts.length).toBe(2);
    const labels = [...root.querySelectorAll('figure.axis svg text')].map((t) => t.textContent);
    expect(labels).toContain('This page: more than 70 others');
    expect(labels.some((l) => l?.includes('more than 75 others'))).toBe(true);
    expect(labels.some((l) => l?.includes('dozens of others'))).toBe(true);
    expect(labels.some((l) => l?.includes('89 people'))).toBe(true);
    expect(root.querySelector('figure.axis svg')?.getAttribute('role')).toBe('img');
  });

  it('lists the outlets that do not report the fact', () => {
    const fact = facts.find((f) => f.blindspot.length > 0)!;
    const text = mount(<FactCard fact={fact} onReveal={() => {}} />).querySelector('.blindspot')?.textContent;
    expect(text).toBe(`Not reported by: ${fact.blindspot.join(', ')}`);
    // The Commune (004) never gives a casualty count: it is the one outlet missing from the toll.
    expect(mount(<FactCard fact={injured} onReveal={() => {}} />).querySelector('.blindspot')?.textContent).toBe('Not reported by: The Commune');
    const all = facts.find((f) => f.blindspot.length === 0)!;
    expect(mount(<FactCard fact={all} onReveal={() => {}} />).querySelector('.blindspot')).toBeNull();
  });

  it('asks to show the sentence in the page through a real button', () => {
    const onReveal = vi.fn();
    const button = [...mount(<FactCard fact={injured} onReveal={onReveal} />).querySelectorAll('button')].find((b) => b.textContent === 'Show in page')!;
    expect(button.getAttribute('type')).toBe('button');
    button.click();
    expect(onReveal).toHaveBeenCalledWith(injured.id);
  });

  it('shows markup in page and index strings as literal text', () => {
    const evil = '<img src=x onerror="alert(1)"> injured more than 70 <b>others</b>';
    const hostile: PageAnnotations = {
      url: 'https://evil.test/',
      excluded: [],
      claims: 1,
      annotations: [
        {
          id: 'urn:uuid:00000000-0000-0000-0000-000000000001',
          text: evil,
          start: 0,
          end: evil.length,
          prefix: '',
          suffix: '',
          kind: 'body',
          status: 'disputed',
          links: [
            {
              sourceId: 's',
              outlet: '<script>x()</script>Outlet',
              claimId: 's#1',
              text: 'injured more than 75 <i>others</i>',
              fact: 'f',
              score: 1,
              relation: 'differs',
              differences: [{ kind: 'number', severity: 'conflict', here: 'more than 70 <b>others', there: 'more than 75 <i>others' }],
            },
          ],
        },
      ],
    };
    const [fact] = comparePage(hostile, []);
    const root = mount(<FactCard fact={fact!} onReveal={() => {}} />);
    expect(root.querySelector('img, script, b, i')).toBeNull();
    expect(root.querySelector('.page-sentence')?.textContent).toBe(evil);
    expect(root.querySelector('.outlet-name')?.textContent).toBe('<script>x()</script>Outlet');
    expect(root.textContent).toContain('more than 75 <i>others');
  });
});

describe('EmphasizedText', () => {
  it('puts emphasised runs in <mark> and the rest as text', () => {
    const root = mount(<p><EmphasizedText runs={emphasize('killed two civilians', ['two civilians'])} /></p>);
    expect(root.querySelector('p')?.textContent).toBe('killed two civilians');
    expect(root.querySelector('mark')?.textContent).toBe('two civilians');
  });
});

describe('NumberAxisChart', () => {
  it('draws a dot for an exact figure, a bar for an interval and an open bar with an arrow for "more than"', () => {
    const root = mount(
      <NumberAxisChart
        axis={{
          label: 'x',
          points: [
            { outlet: 'This page', min: 4, max: 4, text: 'four', here: true },
            { outlet: 'A', min: 2, max: 5, text: 'a few', here: false },
            { outlet: 'B', min: 3, max: null, text: 'more than 3', here: false },
          ],
        }}
      />,
    );
    const groups = [...root.querySelectorAll('g.point')];
    expect(groups).toHaveLength(3);
    expect(groups[0]?.classList.contains('here')).toBe(true);
    expect(groups[0]?.querySelector('circle')).not.toBeNull();
    expect(groups[1]?.querySelector('line')).not.toBeNull();
    expect(groups[2]?.querySelector('path')).not.toBeNull();
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toContain('B: more than 3 (3 or more)');
  });
});
