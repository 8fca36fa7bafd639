'use client';
import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False in the server-rendered HTML and during hydration, true once React runs in the browser. Forms
 * stay disabled until then, so a tap before the scripts load can never look recorded while it is not,
 * and a Continue pressed too early can never submit answers into the address bar.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
