// Word lists for cleanPayee. Kept apart from the algorithm so a new bank quirk is a one-line
// change here, with a row in clean-payee.test.ts.

// Card processors and point-of-sale platforms that put their own name first: the merchant
// follows them ("SQ *BIG STAR", "TST* LULA CAFE", "PAYPAL *DONATEFAST").
export const processorPrefixes: readonly RegExp[] = [
  /^(?:SQ|SQU|SQUARE) ?\* ?/,
  /^TST ?\* ?/,
  /^(?:PAYPAL|PP) ?\* ?/,
  /^SP ?\* ?/,
  /^SP (?=\S)/,
  /^(?:IC|BT|WPY|PY|EB|CKO|ZEL|DNH|GGL|AMZ) ?\* ?/,
  /^PAYPAL (?=\S)/,
];

// How banks describe the kind of payment before the merchant ("DEBIT CARD PURCHASE WHOLEFDS…").
export const channelPrefixes: readonly RegExp[] = [
  /^(?:DEBIT|CHECK|CREDIT) ?CARD (?:PURCHASE|PURCH|PMT|PAYMENT)(?: -)? /,
  /^CHECKCARD(?: \d{4})? /,
  /^(?:RECURRING )?(?:PURCHASE|PAYMENT) AUTHORIZED ON \d{1,2}\/\d{1,2}(?:\/\d{2,4})? /,
  /^POS (?:PURCHASE|DEBIT|WITHDRAWAL|PUR)(?: -)? /,
  /^POS /,
  /^ACH (?:DEBIT|CREDIT|PMT|PAYMENT|WITHDRAWAL|DEPOSIT)(?: -)? /,
  /^ACH /,
  /^(?:ORIG CO NAME|ORIG CO NAME:) ?/,
  /^(?:DBT|DEBIT) (?:PURCHASE|PURCH)(?: -)? /,
  /^PURCHASE (?:RETURN )?/,
  /^PREAUTHORIZED (?:DEBIT|CREDIT) /,
  /^(?:ELECTRONIC|ONLINE) (?:PAYMENT|PMT) (?:TO )?/,
];

// Words banks append after the merchant: ACH entry classes, "PAYMENT", "STORE" and the like.
export const trailingNoise = new Set([
  'PPD', 'CCD', 'WEB', 'TEL', 'ACH', 'EDI', 'PYMNT', 'PYMT', 'PMT', 'PAYMENT', 'PAYMENTS', 'AUTOPAY', 'BILLPAY',
  'DEBIT', 'PURCHASE', 'RECURRING', 'STORE', 'STORES', 'INTL', 'ONLINE', 'BILL', 'DEP', 'DIR', 'CK', 'ID', 'IAT',
]);

export const usStates = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD',
  'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR',
]);

// Countries as card networks print them (ISO 3166 alpha-3), and "USA".
export const countries = new Set(['USA', 'PRT', 'MEX', 'GBR', 'FRA', 'DEU', 'ESP', 'ITA', 'CAN', 'JPN', 'NLD', 'IRL', 'CHE', 'AUS', 'BRA']);

// Cities that commonly close a descriptor. Matched only at the end, never leaving an empty name.
export const cities: readonly string[] = [
  'NEW YORK', 'LOS ANGELES', 'SAN FRANCISCO', 'SAN DIEGO', 'SAN JOSE', 'LOS GATOS', 'MENLO PARK', 'PALO ALTO', 'MOUNTAIN VIEW',
  'CHICAGO', 'EVANSTON', 'OAK PARK', 'SEATTLE', 'BOSTON', 'AUSTIN', 'HOUSTON', 'DALLAS', 'DENVER', 'PHOENIX', 'PORTLAND',
  'ATLANTA', 'MIAMI', 'PHILADELPHIA', 'BROOKLYN', 'WASHINGTON', 'MINNEAPOLIS', 'DETROIT', 'NASHVILLE', 'LAS VEGAS',
  'LISBOA', 'LISBON', 'LONDON', 'PARIS', 'MADRID', 'BERLIN', 'ROME', 'TORONTO', 'CIUDAD DE MEXICO', 'CIUDAD DE MEX',
];

// Abbreviations that read as a brand once expanded (keyed by the cleaned, upper-case name).
export const knownNames: Readonly<Record<string, string>> = {
  'WHOLEFDS': 'Whole Foods Market',
  'WHOLE FOODS': 'Whole Foods Market',
  'AMAZON MKTPL': 'Amazon Marketplace',
  'AMAZON MKTP': 'Amazon Marketplace',
  'AMZN MKTP': 'Amazon Marketplace',
  'AMZN': 'Amazon',
  'AMAZON.COM': 'Amazon',
  'FACEBK': 'Facebook',
  'CVS/PHARMACY': 'CVS Pharmacy',
  'MARIANOS': "Mariano's",
  'PEQUODS PIZZA': "Pequod's Pizza",
  'JEWEL OSCO': 'Jewel-Osco',
  'NON-CHASE ATM FEE-WITH': 'Non-Chase ATM Fee',
  'IRS USATAXPYMT': 'IRS',
  'NYTIMES': 'The New York Times',
  'DD': 'DoorDash',
  'MCDONALDS': "McDonald's",
};

// Abbreviated brands whose store code follows ("WHOLEFDS LPK", "AMZN MKTP US").
export const knownFirstWords: Readonly<Record<string, string>> = {
  'WHOLEFDS': 'Whole Foods Market',
  'AMZN': 'Amazon',
  'FACEBK': 'Facebook',
};

// State codes that are also words at the end of a name ("KING ARTHUR BAKING CO"): dropped only
// when a known city comes before them.
export const ambiguousStates = new Set(['CO', 'IN', 'OR', 'ME', 'OK', 'HI', 'PA', 'DE', 'LA', 'MA']);

// Kept upper-case when title-casing.
export const acronyms = new Set([
  'ATM', 'CVS', 'BP', 'IRS', 'SBA', 'EIDL', 'USA', 'LLC', 'UPS', 'USPS', 'DMV', 'HBO', 'KFC', 'IKEA', 'AT&T', 'H&M',
  'PNC', 'TD', 'BMO', 'ATT', 'CTA', 'DC', 'NY', 'USAA', 'TJ', 'TJX', 'LOC', 'CHK', 'AMC', 'QT', 'GNC', 'REI', 'NYC', 'TAP',
]);

// Lower-case inside a name ("Pasteis de Belem", "Con Ed of NY").
export const smallWords = new Set(['of', 'and', 'the', 'de', 'da', 'das', 'do', 'del', 'la', 'at', 'for', 'in', 'on', 'to', 'a', 'an', 'by']);

// What a bank puts in the merchant field when it has none.
export const emptyMerchantNames = new Set(['', 'unknown', 'unknown merchant', 'n/a', 'na', 'none', 'null', 'merchant']);
