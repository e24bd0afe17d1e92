import type { MetadataRoute } from 'next';

// Installable on a phone's home screen. The PNGs come from scripts/make-icons.ts; the background
// is full bleed, so the same files serve as maskable icons.
export const APP_ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Cashlens',
    short_name: 'Cashlens',
    description: 'Budgeting and cash flow on your real bank data, on your own server.',
    start_url: '/dashboard',
    scope: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#1f57b8',
    icons: APP_ICONS.map((icon) => ({ ...icon })),
  };
}
