import type { ReportSnapshot } from './snapshot';
import { renderReportPdf } from './pdf';

// A report PDF as an HTTP response: downloaded, never cached or indexed, no Referer onwards.
export async function reportPdfResponse(snapshot: ReportSnapshot, expiresAt?: Date): Promise<Response> {
  const bytes = await renderReportPdf(snapshot, expiresAt);
  const name = snapshot.title.replace(/[^A-Za-z0-9 _-]/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'lending-report';
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${name}.pdf"`,
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex, nofollow',
    },
  });
}
