// A value only the browser knows, read once the page is hydrated, so that the server's HTML never bakes it in.
import { useSyncExternalStore } from 'react';

/** Nothing changes it while the page is open: there is nothing to subscribe to. */
const subscribeNothing = () => () => {};

/** `serverValue` in the server's HTML and while hydrating, then `browserValue()`. */
export function useBrowserValue<T>(browserValue: () => T, serverValue: T): T {
  return useSyncExternalStore(subscribeNothing, browserValue, () => serverValue);
}
