'use client';
import { useEffect } from 'react';

/** Registers the offline worker in production builds only (development serves changing files). */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without a worker the guide still works online; nothing to tell the person.
    });
  }, []);
  return null;
}
