// A real SMTP server on loopback that keeps every message it is sent, for the unit tests and the e2e
// specs alike: mail goes through the same SMTP client code as in production, with nothing mocked.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string };

export type SmtpInbox = {
  /** The port listened on; the one the OS picked when 0 was asked for. */
  port: number;
  messages: () => ReceivedMail[];
  /** How many SMTP connections were opened so far, accepted or not. */
  connections: () => number;
  waitForMessageTo(address: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

export async function startSmtpInbox(port: number): Promise<SmtpInbox> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<(mail: ReceivedMail) => void>();
  let connectionCount = 0;

  const server = new SMTPServer({
    authOptional: true,
    // Without TLS, so any credentials are accepted in clear: the app's SMTP_URL may carry user:pass.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onConnect(_session, callback) {
      connectionCount += 1;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            // The envelope, not the To header: it is who the message was really delivered to, Bcc included.
            const mail: ReceivedMail = {
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: parsed.html || '',
            };
            received.push(mail);
            for (const notify of [...waiters]) notify(mail);
            callback();
          },
          // Refusing the message makes the sender's call fail, so an unreadable mail shows up in its test.
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('The SMTP inbox is not listening on a TCP port');

  const sentTo = (mail: ReceivedMail, wanted: string) => mail.to.some((to) => to.toLowerCase() === wanted.toLowerCase());

  return {
    port: address.port,
    messages: () => [...received],
    connections: () => connectionCount,
    waitForMessageTo(wanted, timeoutMs = 10_000) {
      const already = received.find((mail) => sentTo(mail, wanted));
      if (already) return Promise.resolve(already);
      return new Promise<ReceivedMail>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = received.flatMap((mail) => mail.to).join(', ') || 'nobody';
          reject(new Error(`No mail to ${wanted} within ${timeoutMs} ms (mail so far went to: ${seen})`));
        }, timeoutMs);
        const waiter = (mail: ReceivedMail) => {
          if (!sentTo(mail, wanted)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(mail);
        };
        waiters.add(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
