'use client';
import { useSyncExternalStore } from 'react';
import { getEmptyScreening, getScreening, subscribeToScreening, type Screening } from '@/lib/screening/store';

/** The in-memory screening, read outside React state so it survives a language switch's remount. */
export function useScreening(): Screening {
  return useSyncExternalStore(subscribeToScreening, getScreening, getEmptyScreening);
}
