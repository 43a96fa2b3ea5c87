/**
 * @medplum/core 5 reads `WebSocket.CONNECTING…` when it loads (its subscription client). Node 20 has no
 * global WebSocket (Node 22 has), so the test engine gives it the constants and nothing else: the engine
 * never opens a socket. Imported before @medplum/core by every module that loads Medplum.
 */
if (!('WebSocket' in globalThis)) {
  Object.defineProperty(globalThis, 'WebSocket', {
    configurable: true,
    writable: true,
    value: class WebSocketUnavailable {
      static readonly CONNECTING = 0;
      static readonly OPEN = 1;
      static readonly CLOSING = 2;
      static readonly CLOSED = 3;
      constructor() {
        throw new Error('The test FHIR engine has no WebSocket');
      }
    },
  });
}
export {};
