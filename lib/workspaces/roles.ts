import { z } from 'zod';

// What each role may do in a workspace. One table, read by every page, route and action through
// requireWorkspace (lib/workspaces/current-workspace.ts), so a new screen cannot invent its own rule.
//   read   — see dashboards, transactions, cash flow, reports; export
//   write  — change data: link banks, edit transactions, categories, rules, budgets, goals, settings
//   manage — members, invitations, and deleting the workspace
export const workspaceRoleSchema = z.enum(['owner', 'member', 'viewer']);
export type WorkspaceRole = z.infer<typeof workspaceRoleSchema>;
export type WorkspaceNeed = 'read' | 'write' | 'manage';

const ALLOWED: Record<WorkspaceRole, ReadonlySet<WorkspaceNeed>> = {
  owner: new Set(['read', 'write', 'manage']),
  member: new Set(['read', 'write']),
  viewer: new Set(['read']),
};

export function roleAllows(role: WorkspaceRole, need: WorkspaceNeed): boolean {
  return ALLOWED[role].has(need);
}

/** A role read from the database; anything unknown gets the least access rather than a crash. */
export function parseRole(value: string): WorkspaceRole {
  const parsed = workspaceRoleSchema.safeParse(value);
  return parsed.success ? parsed.data : 'viewer';
}

export const ROLE_LABELS: Record<WorkspaceRole, string> = { owner: 'Owner', member: 'Member', viewer: 'Viewer' };
