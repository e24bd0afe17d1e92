// The email that carries a workspace invitation, and its delivery over SMTP.
import { createTransport } from 'nodemailer';

export type SmtpConfig = { url: string; from: string };

export type InvitationEmail = {
  to: string;
  workspaceName: string;
  inviterName: string;
  role: 'member' | 'viewer';
  link: string;
  expiresAt: Date;
};

const DEFAULT_FROM = 'Cashlens <no-reply@cashlens.local>';
// A hung or black-holed mail server must not hold the request that sends the invitation for minutes
// (nodemailer's own defaults go up to 10 minutes).
const TIMEOUT_MS = 10_000;
// The invitee may be anywhere: the expiry is stated in UTC and says so, rather than in the server's zone.
const expiryFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
// Deliberately narrow: one bare address, nothing a mail library would split into several recipients
// (commas, semicolons, spaces) or read as a display name (quotes, angle brackets).
const SINGLE_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

export function readSmtpConfig(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  // The message leaves the URL out: it usually holds the SMTP password and errors end up in logs.
  if (!parsed || (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') || !parsed.hostname) {
    throw new Error('SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.com:587');
  }
  return { url, from: env.SMTP_FROM?.trim() || DEFAULT_FROM };
}

// Names are user input and single-line by nature: a line break in one could start a new mail header
// in the subject or fake a paragraph in the body.
function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function composeInvitationEmail(mail: InvitationEmail): { subject: string; text: string; html: string } {
  // A javascript: or data: link in an href would run in some mail clients; the app only ever makes http(s) ones.
  const link = new URL(mail.link);
  if (link.protocol !== 'https:' && link.protocol !== 'http:') throw new Error('An invitation link must be an http(s) URL');
  const workspace = oneLine(mail.workspaceName);
  const inviter = oneLine(mail.inviterName);
  const role = mail.role === 'member' ? 'a member' : 'a viewer';
  const expires = expiryFormat.format(mail.expiresAt);
  const href = link.href;

  const subject = `${inviter} invited you to “${workspace}” on Cashlens`;
  const text = [
    `${inviter} invited you to the “${workspace}” workspace on Cashlens as ${role}.`,
    '',
    `Accept: ${href}`,
    '',
    `The link works once and expires on ${expires} (UTC). If you weren't expecting this invitation, you can ignore this email.`,
    '',
  ].join('\n');
  const html = [
    `<p>${escapeHtml(inviter)} invited you to the “${escapeHtml(workspace)}” workspace on Cashlens as ${role}.</p>`,
    `<p><a href="${escapeHtml(href)}">Accept the invitation</a></p>`,
    `<p>The link works once and expires on ${escapeHtml(expires)} (UTC). If you weren't expecting this invitation, you can ignore this email.</p>`,
  ].join('\n');
  return { subject, text, html };
}

export async function sendInvitationEmail(config: SmtpConfig, mail: InvitationEmail): Promise<void> {
  // Checked before any connection: a CR/LF here is an attempt to add headers such as Bcc.
  if (/[\r\n]/.test(mail.to)) throw new Error('The invitation address contains a line break');
  if (!SINGLE_ADDRESS.test(mail.to)) throw new Error('The invitation address must be a single email address');
  const content = composeInvitationEmail(mail);
  const transport = createTransport({
    url: config.url,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: config.from, to: mail.to, ...content });
  } finally {
    transport.close();
  }
}
