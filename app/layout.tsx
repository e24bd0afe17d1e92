import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { readTheme } from '@/lib/theme/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cashlens', template: '%s · Cashlens' },
  description: 'Budgeting and cash flow on your real bank data, on your own server.',
  appleWebApp: { capable: true, title: 'Cashlens' },
  // Setting `icons` here replaces what app/icon.svg would add on its own, so the tab icon is named
  // too: without a rel="icon" link, browsers ask for /favicon.ico and log a 404 on every page.
  icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }], apple: '/icons/icon-192.png' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1f57b8' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = await readTheme();
  return (
    <html lang="en" data-theme={theme}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
