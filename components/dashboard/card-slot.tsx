import { Suspense, type ReactNode } from 'react';
import { CardSkeleton } from './card-skeleton';

/** One dashboard card that streams in on its own, with a skeleton of its title until it does. */
export function CardSlot({ title, height, children }: { title: string; height?: string; children: ReactNode }) {
  return <Suspense fallback={<CardSkeleton title={title} height={height} />}>{children}</Suspense>;
}
