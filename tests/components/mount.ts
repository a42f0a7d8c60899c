import { render, type ComponentChild } from 'preact';

/** Renders a component into a fresh element of the test document; clear with unmountAll() after each test. */
export function mount(node: ComponentChild): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  render(node, div);
  return div;
}

export function unmountAll(): void {
  document.body.replaceChildren();
}
