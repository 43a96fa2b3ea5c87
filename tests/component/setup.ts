import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '../../mocks/node';
import { resetFaults } from '../../mocks/faults';
import { resetOverrideConfirmations } from '../../src/lib/overrideConfirmations';
import { clearTypedText } from '../../src/lib/typedText';

// jsdom lacks the layout APIs Mantine and Recharts query; these stand-ins report "no size, no match".
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
// Mantine's autosizing Textarea listens for web-font loading; jsdom has no FontFaceSet.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
window.HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {};
window.HTMLElement.prototype.scrollTo ??= function scrollTo() {};

// findBy/waitFor end as soon as their condition holds; the longer ceiling only matters on a machine
// whose cores are busy (lazy panels load through Vite's transform there), where 1 s flaked.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetFaults();
  resetOverrideConfirmations();
  // Half-typed text is kept per tab (sessionStorage); each test starts a new "tab".
  clearTypedText();
});
afterAll(() => server.close());
