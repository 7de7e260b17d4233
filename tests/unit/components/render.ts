import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container in document.body and flushes effects; returns the container. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(node, container);
  });
  return container;
}

/** Runs an interaction and flushes the resulting renders and effects. */
export const interact = (fn: () => unknown) => act(async () => void (await fn()));

/** Lets pending promises (storage reads, messages) settle, then flushes renders. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++)
    await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 0))));
}

export const byTestId = (root: ParentNode, id: string) => {
  const found = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid="${id}"]`);
  return found;
};
