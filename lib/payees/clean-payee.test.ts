import { describe, expect, it } from 'vitest';
import { cleanPayee, payeeKey, payeeOf } from './clean-payee';

// Descriptors as the sandbox bank generates them (sandbox/data/recipes) and as Chase, Bank of
// America and card processors print them, with the name a person would say.
const descriptors: [string, string][] = [
  ["WHOLEFDS LPK 10234 CHICAGO IL", "Whole Foods Market"],
  ["TRADER JOE'S #552 CHICAGO IL", "Trader Joe's"],
  ["JEWEL OSCO 3443 CHICAGO IL", "Jewel-Osco"],
  ["MARIANOS 8532 CHICAGO IL", "Mariano's"],
  ["TST* LULA CAFE CHICAGO IL", "Lula Cafe"],
  ["TST* AU CHEVAL CHICAGO IL", "Au Cheval"],
  ["PEQUODS PIZZA CHICAGO IL", "Pequod's Pizza"],
  ["SQ *BIG STAR WICKER PARK", "Big Star Wicker Park"],
  ["STARBUCKS STORE 02741 CHICAGO IL", "Starbucks"],
  ["CHIPOTLE 1187 CHICAGO IL", "Chipotle"],
  ["SWEETGREEN WEST LOOP", "Sweetgreen West Loop"],
  ["INTELLIGENTSIA COFFEE", "Intelligentsia Coffee"],
  ["SHELL OIL 57444291003 CHICAGO IL", "Shell Oil"],
  ["BP#9416830 ASHLAND CHICAGO IL", "BP"],
  ["SPEEDWAY 08812 EVANSTON IL", "Speedway"],
  ["AMAZON BUSINESS AMZN.COM/BILL WA", "Amazon Business"],
  ["AMAZON MKTPL*2K4LM81Q3 Amzn.com/bill WA", "Amazon Marketplace"],
  ["AMAZON.COM*RT5TQ02B1 AMZN.COM/BILL WA", "Amazon"],
  ["ANNUAL MEMBERSHIP FEE", "Annual Membership Fee"],
  ["APPLE.COM/BILL 866-712-7753 CA", "Apple"],
  ["ATM WITHDRAWAL 002817 1601 N MILWAUKEE CHICAGO IL", "ATM Withdrawal"],
  ["AUTOMATIC PAYMENT - THANK YOU", "Automatic Payment - Thank You"],
  ["Amazon Prime*R93KD0ZL2 Amzn.com/bill WA", "Amazon Prime"],
  ["CVS/PHARMACY #08612 CHICAGO IL", "CVS Pharmacy"],
  ["ESCROW DISBURSEMENT RESERVE (TAXES AND INSURANCE)", "Escrow Disbursement Reserve (Taxes and Insurance)"],
  ["FACEBK *ADS 9KQZ2LC2D2 MENLO PARK CA", "Facebook"],
  ["GOOGLE *GSUITE_harborla CC@GOOGLE.COM CA", "Google"],
  ["HULU 877-8244858 CA", "Hulu"],
  ["INTEREST CHARGED", "Interest Charged"],
  ["INTUIT *QBOOKS ONLINE CL.INTUIT.COM CA", "Intuit"],
  ["LYFT *RIDE THU 8PM", "Lyft"],
  ["NETFLIX.COM LOS GATOS CA", "Netflix"],
  ["NON-CHASE ATM FEE-WITH", "Non-Chase ATM Fee"],
  ["NYTIMES*NYTIMES 800-698-4637 NY", "The New York Times"],
  ["PAYMENT FROM CHK ...9015", "Payment From CHK"],
  ["PELOTON* MEMBERSHIP NEW YORK NY", "Peloton"],
  ["REMOTE ONLINE DEPOSIT # 1", "Remote Online Deposit"],
  ["RESTAURANT DEPOT #0311 CHICAGO IL", "Restaurant Depot"],
  ["Spotify USA 877-7781161 NY", "Spotify"],
  ["TARGET 00019364 CHICAGO IL", "Target"],
  ["THE HOME DEPOT #1950 CHICAGO IL", "The Home Depot"],
  ["UBER *TRIP HELP.UBER.COM CA", "Uber"],
  ["WALGREENS #4281 CHICAGO IL", "Walgreens"],
  ["WEBSTAURANTSTORE 717-392-7472 PA", "Webstaurantstore"],
  ["PAYPAL *DONATEFAST", "Donatefast"],
  ["SP * GIFTLY CARDS", "Giftly Cards"],
  ["WWW.QUICKTIPS.IO", "Quicktips"],
  ["DIGITALOCEAN.COM", "Digitalocean"],
  ["CHASE MORTGAGE PMT ...5562", "Chase Mortgage"],
  ["COMCAST XFINITY 800-934-6489 CHICAGO", "Comcast Xfinity"],
  ["CON ED OF NY INTELL CK PPD", "Con Ed of NY Intell"],
  ["GUSTO PAYROLL NET 7ZK2M1 CCD", "Gusto Payroll Net"],
  ["IRS USATAXPYMT CCD", "IRS"],
  ["KING ARTHUR BAKING CO ACH CCD", "King Arthur Baking Co"],
  ["LAKESIDE LOGISTICS DIR DEP PPD", "Lakeside Logistics"],
  ["VENMO PAYMENT 1038871220 WEB", "Venmo"],
  ["VERIZON WIRELESS PAYMENTS PPD", "Verizon Wireless"],
  ["UNITED 0162345678901 UNITED.COM TX", "United"],
  ["HOTEL LISBOA PLAZA LISBOA PRT", "Hotel Lisboa Plaza"],
  ["PASTEIS DE BELEM LISBOA PRT", "Pasteis de Belem"],
  ["MERCADOLIBRE*ELECTRONICA CIUDAD DE MEX", "Mercadolibre"],
  ["HERTZ RENT-A-CAR SAN DIEGO CA", "Hertz Rent-A-Car"],
  ["LUXE TIMEPIECES INTL NEW YORK NY", "Luxe Timepieces"],
  ["TAP AIR PORTUGAL LISBOA PRT", "TAP Air Portugal"],
  ["TRANSFER FROM CHK ...9015 HARBOR LANE BAKERY", "Transfer From CHK"],
  ["ONLINE TRANSFER TO OWNER DRAW ...5521", "Online Transfer to Owner Draw"],
  ["SYSCO CHICAGO INC ACH CCD", "Sysco Chicago Inc"],
  ["T-MOBILE PCS SVC WEB", "T-Mobile PCS SVC"],
  ["DEBIT CARD PURCHASE - WHOLEFDS LPK 10234 CHICAGO IL", "Whole Foods Market"],
  ["CHECKCARD 1123 STARBUCKS STORE 02741 CHICAGO IL", "Starbucks"],
  ["POS DEBIT 7-ELEVEN 35421 AUSTIN TX", "7-Eleven"],
  ["PURCHASE AUTHORIZED ON 11/02 SQ *BLUE BOTTLE SAN FRANCISCO CA S582306513 CARD 1234", "Blue Bottle"],
  ["ACH DEBIT GEICO AUTO PAY", "Geico Auto Pay"],
  ["SP AFFIRM INC", "Affirm Inc"],
  ["TST*JOE'S PIZZA 2 NEW YORK NY", "Joe's Pizza"],
  ["PAYPAL *NETFLIX 4029357733 CA", "Netflix"],
  ["DD *DOORDASH BURGERKING 855-973-1040 CA", "DoorDash"],
  ["Zelle payment to John Smith JPM99b1c2d3", "Zelle Payment to John Smith"],
  ["CHECK # 1042", "Check"],
  ["MCDONALD'S F1234 CHICAGO IL", "McDonald's"],
  ["SAFEWAY #1234 SEATTLE WA 11/05", "Safeway"],
  ["INTEREST PAYMENT", "Interest"],
  ["MONTHLY SERVICE FEE", "Monthly Service Fee"],
  ['BKOFAMERICA ATM 11/04 #000004521 WITHDRWL CHICAGO IL', 'Bkofamerica ATM'],
  ['CHECKCARD 0412 SP * ALLBIRDS ALLBIRDS.COM CA', 'Allbirds'],
  ['  sq *  blue   bottle coffee  ', 'Blue Bottle Coffee'],
  ['12345678', '12345678'],
];

describe('cleanPayee', () => {
  it.each(descriptors)('%s → %s', (descriptor, expected) => {
    expect(cleanPayee(descriptor)).toBe(expected);
  });

  it('prefers the bank merchant name, title-casing one that is shouted', () => {
    expect(cleanPayee('TST* LULA CAFE CHICAGO IL', 'Lula Cafe')).toBe('Lula Cafe');
    expect(cleanPayee('WHOLEFDS LPK 10234 CHICAGO IL', "Trader Joe's")).toBe("Trader Joe's");
    expect(cleanPayee('whatever', 'STARBUCKS STORE 02741')).toBe('Starbucks');
    expect(cleanPayee('whatever', '  Big   Star ')).toBe('Big Star');
  });

  it('ignores a merchant field that only says it does not know', () => {
    expect(cleanPayee('PAYPAL *DONATEFAST', 'Unknown merchant')).toBe('Donatefast');
    expect(cleanPayee('PAYPAL *DONATEFAST', '')).toBe('Donatefast');
    expect(cleanPayee('PAYPAL *DONATEFAST', null)).toBe('Donatefast');
  });

  it('never returns an empty name', () => {
    expect(cleanPayee('')).toBe('Unknown payee');
    expect(cleanPayee('   ')).toBe('Unknown payee');
    expect(cleanPayee('#1234 11/05')).not.toBe('');
  });
});

describe('payeeKey', () => {
  it('groups spellings of one merchant', () => {
    expect(payeeKey("Trader Joe's")).toBe('trader joes');
    expect(payeeKey('TRADER JOE\u2019S')).toBe('trader joes');
    expect(payeeKey('  Trader   Joes ')).toBe('trader joes');
    expect(payeeKey('Caf\u00e9 Mocha')).toBe('cafe mocha');
    expect(payeeKey('H&M')).toBe('h and m');
  });

  it('gives the same key to a merchant seen through different descriptors', () => {
    const keys = ['STARBUCKS STORE 02741 CHICAGO IL', 'CHECKCARD 1123 STARBUCKS STORE 02741 CHICAGO IL', 'STARBUCKS STORE 11822 EVANSTON IL'].map(
      (descriptor) => payeeOf(descriptor).payeeKey,
    );
    expect(new Set(keys)).toEqual(new Set(['starbucks']));
    expect(payeeOf('WHOLEFDS LPK 10234 CHICAGO IL').payeeKey).toBe(payeeOf('x', 'Whole Foods Market').payeeKey);
  });
});
