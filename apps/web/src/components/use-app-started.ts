import { useSyncExternalStore } from 'react';

const nothingToWatch = () => () => {};

/**
 * False in the server's HTML and while the page hydrates, true once the app runs. A form's submit button
 * waits for it: sent before then, the browser would submit the form itself, as a GET with every field in
 * the address, instead of the app sending it.
 */
export function useAppStarted(): boolean {
  return useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
}
