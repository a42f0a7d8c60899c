// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { IndexSummary } from '../../components/IndexSummary';

function show(node: preact.ComponentChild): HTMLElement {
  const div = document.createElement('div');
  render(node, div);
  return div;
}

describe('IndexSummary', () => {
  it('folds the compared outlets into a closed <details>', () => {
    const root = show(
      <IndexSummary
        status={{ ok: true, generator: 'parallax 0.1.0', sources: [{ id: 'a', outlet: 'The <Hill>', title: 'Iran & bounties' }, { id: 'b', outlet: 'Sputnik', title: 'T' }], claims: 120, facts: 30 }}
      />,
    );
    const details = root.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Compared against 2 articles');
    expect([...details.querySelectorAll('li')].map((l) => l.textContent)).toEqual(['The <Hill>: Iran & bounties', 'Sputnik: T']);
    expect(details.textContent).toContain('120 sentences, 30 facts');
  });

  it('opens to say why the index failed, and shows nothing while asking', () => {
    const root = show(<IndexSummary status={{ ok: false, error: 'index.json: not JSON' }} />);
    expect(root.querySelector('details')?.hasAttribute('open')).toBe(true);
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The index failed to load: index.json: not JSON');
    expect(show(<IndexSummary status={null} />).textContent).toBe('');
  });
});
