import 'next-auth';

declare module 'next-auth' {
  interface Session {
    /** The Session row's id (not its secret token): lets the server keep this session when ending others. */
    sessionId: string;
    /** Password right, second factor not given yet: signed in only for /sign-in/verify. */
    secondFactorPending: boolean;
    /** The workspace this browser last chose, as read from its Session row on this request (null: none chosen). */
    activeWorkspaceId: string | null;
  }
}
