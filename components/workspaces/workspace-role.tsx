'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { WorkspaceRole } from '@/lib/workspaces/roles';

// The active workspace's role, for hiding controls a person may not use. Hiding is for clarity
// only: every action and route checks the role again on the server (lib/workspaces/current-workspace.ts).

const RoleContext = createContext<WorkspaceRole>('viewer');

export function WorkspaceRoleProvider({ role, children }: { role: WorkspaceRole; children: ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

export function useCanWrite(): boolean {
  return useContext(RoleContext) !== 'viewer';
}

/** Renders its children only for roles that may change data (owner, member). */
export function WriteOnly({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useCanWrite() ? children : fallback;
}
