/**
 * The studio page's entry: loads the types and code systems, follows the server's events, and
 * renders. A failure anywhere is shown as a sentence in the page, never as a blank page.
 */

import { Component, render, type ComponentChildren } from 'preact';
import { icd10ListFromText } from '../../browser.js';
import { api, listen } from './api.js';
import { App } from './app.js';
import { Store } from './store.js';

class Boundary extends Component<{ children: ComponentChildren }, { failed?: string }> {
  state: { failed?: string } = {};
  componentDidCatch(error: unknown) {
    this.setState({ failed: (error as Error)?.message ?? String(error) });
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="crash" role="alert">
        <h1>Något gick fel i studion</h1>
        <p>{this.state.failed}</p>
        <button type="button" onClick={() => this.setState({ failed: undefined })}>Försök igen</button>
      </div>
    );
  }
}

const store = new Store();

/** `#/fk7804`, or `#/fk7804@1.2` for an earlier version. */
const typeFromHash = () => /^#\/([a-z0-9][a-z0-9-]*(?:@[0-9]+(?:\.[0-9]+)*)?)$/.exec(location.hash)?.[1];

async function loadType(id: string): Promise<void> {
  try {
    store.receiveType(await api.type(id));
  } catch (error) {
    store.setProblem(`Intygstypen ${id} kunde inte läsas: ${(error as Error).message}`);
  }
}

function choose(id: string | undefined): void {
  if (!id) return;
  store.chooseType(id);
  void loadType(id);
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  render(<Boundary><App store={store} /></Boundary>, root);
  window.addEventListener('hashchange', () => choose(typeFromHash()));
  listen({
    hello: (types) => {
      store.setTypes(types);
      // After a reconnect the server may have recompiled meanwhile.
      if (store.state.typeId) void loadType(store.state.typeId);
    },
    type: (state) => store.receiveType(state),
    types: (types) => store.setTypes(types),
    examples: (id) => store.examplesChanged(id),
    connection: (open) => store.setConnected(open),
  });
  try {
    const [{ types }, codeSystems, icd10] = await Promise.all([api.types(), api.codeSystems(), api.icd10se()]);
    store.setTypes(types);
    // The code systems as Node loads them, the full ICD-10-SE list included.
    store.setCodeSystems({ ...codeSystems, icd10se: icd10ListFromText(icd10) });
    const first = typeFromHash() ?? types[0]?.id;
    if (first && !typeFromHash()) history.replaceState(null, '', `#/${first}`);
    choose(first);
  } catch (error) {
    store.setProblem(`Studion kunde inte starta: ${(error as Error).message}`);
  }
}

window.addEventListener('error', (event) => store.setProblem(`Ett fel uppstod: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => store.setProblem(`Ett fel uppstod: ${(event.reason as Error)?.message ?? String(event.reason)}`));
void start();
