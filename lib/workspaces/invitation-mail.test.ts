import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { composeInvitationEmail, readSmtpConfig, sendInvitationEmail, type InvitationEmail, type SmtpConfig } from './invitation-mail';
import { startSmtpInbox, type SmtpInbox } from './smtp-test-inbox';

const LINK = 'http://127.0.0.1:3000/invitations/accept?token=abc123&ws=7';

function invitation(overrides: Partial<InvitationEmail> = {}): InvitationEmail {
  return {
    to: 'invitee@example.test',
    workspaceName: 'Household',
    inviterName: 'Alex',
    role: 'member',
    link: LINK,
    expiresAt: new Date('2026-12-07T23:30:00Z'),
    ...overrides,
  };
}

// ProcessEnv as Next.js types it always holds NODE_ENV.
function env(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { NODE_ENV: 'test', ...vars };
}

describe('readSmtpConfig', () => {
  it('is null when SMTP_URL is unset or empty', () => {
    expect(readSmtpConfig(env())).toBeNull();
    expect(readSmtpConfig(env({ SMTP_URL: '' }))).toBeNull();
    expect(readSmtpConfig(env({ SMTP_URL: '   ' }))).toBeNull();
  });

  it('reads smtp:// and smtps:// URLs, with a default sender', () => {
    expect(readSmtpConfig(env({ SMTP_URL: 'smtp://user:pass@127.0.0.1:2525' }))).toEqual({
      url: 'smtp://user:pass@127.0.0.1:2525',
      from: 'Cashlens <no-reply@cashlens.local>',
    });
    expect(readSmtpConfig(env({ SMTP_URL: 'smtps://mail.example.test:465', SMTP_FROM: 'Budget <budget@example.test>' }))).toEqual({
      url: 'smtps://mail.example.test:465',
      from: 'Budget <budget@example.test>',
    });
  });

  it('throws a one-line error that does not repeat the URL (and its password) for anything else', () => {
    for (const bad of ['http://user:secret@mail.example.test', 'not a url', 'smtp://', 'mail.example.test:25']) {
      expect(() => readSmtpConfig(env({ SMTP_URL: bad })), bad).toThrow(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
      try {
        readSmtpConfig(env({ SMTP_URL: bad }));
      } catch (error) {
        expect((error as Error).message).not.toContain('secret');
        expect((error as Error).message).not.toContain('\n');
      }
    }
  });
});

describe('composeInvitationEmail', () => {
  it('says who invited whom to what, with the link and the UTC expiry date', () => {
    const { subject, text, html } = composeInvitationEmail(invitation({ role: 'viewer' }));
    expect(subject).toBe('Alex invited you to “Household” on Cashlens');
    expect(text).toContain('Alex invited you to the “Household” workspace on Cashlens as a viewer.');
    expect(text).toContain(`Accept: ${LINK}`);
    // 23:30 UTC on the 7th is the 8th east of UTC: the date must not follow the server's zone.
    expect(text).toContain('expires on 7 December 2026 (UTC)');
    expect(html).toContain(`<a href="${LINK.replace('&', '&amp;')}">`);
  });

  it('escapes every user-supplied value in the HTML', () => {
    const { html } = composeInvitationEmail(invitation({ workspaceName: '<script>alert(1)</script> & Co', inviterName: 'Eve "<b>"' }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('Eve &quot;&lt;b&gt;&quot;');
  });

  it('keeps a name with line breaks on one line in the subject and body', () => {
    const { subject, text } = composeInvitationEmail(invitation({ workspaceName: 'Home\r\nBcc: x@y', inviterName: 'Al\nex' }));
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe('Al ex invited you to “Home Bcc: x@y” on Cashlens');
    expect(text).not.toMatch(/^Bcc:/m);
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => composeInvitationEmail(invitation({ link: 'javascript:alert(1)' }))).toThrow(/http\(s\)/);
  });
});

describe('sendInvitationEmail over a real SMTP server', () => {
  let inbox: SmtpInbox;
  let config: SmtpConfig;

  beforeAll(async () => {
    inbox = await startSmtpInbox(0);
    config = { url: `smtp://cashlens:secret@127.0.0.1:${inbox.port}`, from: 'Cashlens <no-reply@cashlens.local>' };
  });

  afterAll(async () => {
    await inbox?.close();
  });

  it('delivers the invitation with its subject, text link and escaped HTML', async () => {
    const to = 'household-invitee@example.test';
    await sendInvitationEmail(config, invitation({ to, workspaceName: '<script>alert(1)</script> & Co' }));
    const mail = await inbox.waitForMessageTo(to, 5_000);

    expect(mail.to).toEqual([to]);
    expect(mail.subject).toBe('Alex invited you to “<script>alert(1)</script> & Co” on Cashlens');
    expect(mail.text).toContain(LINK);
    expect(mail.text).toContain('expires on 7 December 2026 (UTC)');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(mail.html).toContain(`href="${LINK.replace('&', '&amp;')}"`);
  });

  it('sends a one-line subject for a workspace name with a newline', async () => {
    const to = 'newline-invitee@example.test';
    await sendInvitationEmail(config, invitation({ to, workspaceName: 'Flat\nshare' }));
    const mail = await inbox.waitForMessageTo(to, 5_000);
    expect(mail.subject).toBe('Alex invited you to “Flat share” on Cashlens');
    expect(mail.to).toEqual([to]);
  });

  it('refuses an address with injected headers or several recipients before connecting', async () => {
    const connectionsBefore = inbox.connections();
    const messagesBefore = inbox.messages().length;
    for (const to of ['victim@example.test\r\nBcc: x@y', 'victim@example.test\nBcc: x@y', 'a@example.test, b@example.test', 'Eve <eve@example.test>', 'no-at-sign']) {
      await expect(sendInvitationEmail(config, invitation({ to })), JSON.stringify(to)).rejects.toThrow(/invitation address/);
    }
    expect(inbox.connections()).toBe(connectionsBefore);
    expect(inbox.messages()).toHaveLength(messagesBefore);
  });
});
