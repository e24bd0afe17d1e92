import { z } from 'zod';

export const workspaceNameSchema = z.string().trim().min(1, 'Give the workspace a name.').max(80, 'Keep the name under 80 characters.');

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, 'That address is too long.').pipe(z.email('Enter an email address, like partner@example.com.')),
  role: z.enum(['member', 'viewer'], 'Choose Member or Viewer.'),
});

export const memberRoleSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(['owner', 'member', 'viewer'], 'Choose Owner, Member or Viewer.'),
});

export const idSchema = z.string().min(1).max(100);
