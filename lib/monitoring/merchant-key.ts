// Merchants are matched on a folded name: "BEST BUY 00014753 CHICAGO IL" and "Best Buy #1475" are
// both "best buy". Store numbers, card-processor prefixes and punctuation say nothing about who
// was paid.

const PROCESSOR_PREFIX = /^(sq|sp|tst|pp|paypal|py|pos|dd|ach)\s*\*\s*/i;

export function merchantKeyOf(merchantName: string | null, description: string): string | null {
  const source = (merchantName?.trim() || description.trim()).replace(PROCESSOR_PREFIX, '');
  const folded = source
    .toLowerCase()
    .replace(/[#*]\s*\d+/g, ' ')
    .replace(/\b\d{3,}\b/g, ' ')
    .replace(/[^a-z0-9& ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded || null;
}
