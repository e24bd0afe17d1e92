// Which importer a file needs, from its first characters (the extension is only a tiebreak: banks
// name QFX, OFX and even CSV files loosely).

export type FileFormat = 'ofx' | 'qif' | 'csv';

export function detectFileFormat(head: string, fileName = ''): FileFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (/^OFXHEADER\s*:/i.test(start) || /^<\?xml[^>]*>\s*<\?OFX/i.test(start) || /^<OFX>/i.test(start)) return 'ofx';
  if (/^!(Type|Account|Option)/i.test(start)) return 'qif';
  if (/\.(ofx|qfx)$/i.test(fileName) && start.includes('<OFX>')) return 'ofx';
  return 'csv';
}
