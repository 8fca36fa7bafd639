import type { MetadataRoute } from 'next';

// Lets a worker add the guide to a tablet's home screen. No orientation lock (WCAG 1.3.4).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Screening guide for outreach workers',
    short_name: 'Screening guide',
    description: 'Documented signs of human trafficking and the right contacts in the Kansas City area. Stores nothing.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d3557',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
