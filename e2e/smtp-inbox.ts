// The SMTP inbox the e2e specs point the app's SMTP_URL at: the same loopback server the unit tests use.
export { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../lib/workspaces/smtp-test-inbox';

/** The port playwright.config.ts gave the app's SMTP_URL. */
export function smtpInboxPort(): number {
  return Number(process.env.E2E_SMTP_PORT);
}
