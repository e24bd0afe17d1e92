import { currencyExponent } from '@/lib/money';
import { batchRows } from '../batch-rows';
import { decodeText } from '../decode-text';
import { ImportError } from '../import-error';
import { readBytes } from '../read-bytes';
import type { ByteSource, ImportedRow, ReadOptions, SignConvention } from '../types';
import { declaredOfxEncoding, parseOfxAmount, parseOfxDate } from './ofx-values';
import { tokenizeOfx, type OfxToken } from './tokenize-ofx';

// OFX/QFX statements → our rows for one account. The reader keeps only the open aggregates and the
// transaction being read, so a file of any length is held one transaction at a time.

export type OfxOptions = ReadOptions & {
  /** The account's number or its last digits; statements for other accounts are skipped, and a file with none for it is refused. */
  accountMask?: string;
  /** The account's currency; a statement in another currency is refused. */
  currency?: string;
  sign?: SignConvention;
};

// Aggregates we navigate by. Any other tag without text is an empty leaf in SGML (<MEMO> with no
// value), so an unknown empty tag can never swallow the fields that follow it.
const aggregates = new Set([
  'OFX', 'SIGNONMSGSRSV1', 'SONRS', 'STATUS', 'FI', 'BANKMSGSRSV1', 'CREDITCARDMSGSRSV1', 'STMTTRNRS', 'CCSTMTTRNRS',
  'STMTRS', 'CCSTMTRS', 'BANKACCTFROM', 'CCACCTFROM', 'BANKACCTTO', 'CCACCTTO', 'BANKTRANLIST', 'STMTTRN', 'PAYEE',
  'LEDGERBAL', 'AVAILBAL', 'BALLIST', 'BAL', 'CURRENCY', 'ORIGCURRENCY', 'MKTGINFO', 'INVSTMTMSGSRSV1',
]);
const statementTags = new Set(['STMTRS', 'CCSTMTRS']);

type Statement = { line: number; accountId?: string; currency: string; selected: boolean };
type Transaction = { line: number; fields: Map<string, string>; payeeName?: string; foreignCurrency?: string };

function digitsOf(accountId: string): string {
  return accountId.replace(/[^0-9A-Za-z]/g, '');
}

function mask(accountId: string): string {
  return `…${digitsOf(accountId).slice(-4)}`;
}

class OfxReader {
  private stack: string[] = [];
  private pending: { name: string; line: number } | null = null;
  private lastLeaf: string | null = null;
  private statement: Statement | null = null;
  private transaction: Transaction | null = null;
  private accountsSeen = new Set<string>();
  private status = new Map<string, string>();
  private matched = 0;
  sawOfx = false;

  constructor(private options: OfxOptions) {}

  /** Feeds one token; returns a finished row when a transaction closes. */
  read(token: OfxToken): ImportedRow | null {
    if (token.kind === 'text') {
      if (!this.pending) throw new ImportError('malformed', `Unexpected text "${token.value.slice(0, 30)}" outside a field.`, token.line);
      this.readLeaf(this.pending.name, token.value, token.line);
      this.lastLeaf = this.pending.name;
      this.pending = null;
      return null;
    }
    if (token.kind === 'open') {
      this.settlePending();
      this.pending = { name: token.name, line: token.line };
      this.lastLeaf = null;
      return null;
    }
    if (this.pending?.name === token.name) {
      this.readLeaf(token.name, '', token.line); // <MEMO></MEMO>
      this.pending = null;
      return null;
    }
    this.settlePending();
    if (this.lastLeaf === token.name) {
      this.lastLeaf = null; // the XML close of a leaf just read
      return null;
    }
    this.lastLeaf = null;
    return this.closeAggregate(token.name, token.line);
  }

  /** An open tag followed by another tag: an aggregate, or an empty SGML leaf. */
  private settlePending(): void {
    if (!this.pending) return;
    const { name, line } = this.pending;
    this.pending = null;
    if (!aggregates.has(name)) return;
    this.stack.push(name);
    if (name === 'OFX') this.sawOfx = true;
    if (statementTags.has(name)) this.statement = { line, currency: this.options.currency ?? 'USD', selected: false };
    if (name === 'STMTTRN') {
      if (!this.statement) throw new ImportError('malformed', 'A transaction appears outside a statement.', line);
      if (this.statement.accountId === undefined) throw new ImportError('malformed', 'A transaction appears before its statement names the account.', line);
      this.transaction = { line, fields: new Map() };
    }
  }

  private innermost(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  private readLeaf(name: string, value: string, line: number): void {
    const parent = this.innermost();
    if (this.transaction) {
      if (parent === 'STMTTRN') this.transaction.fields.set(name, value);
      else if (parent === 'PAYEE' && name === 'NAME') this.transaction.payeeName = value;
      else if (parent === 'CURRENCY' && name === 'CURSYM') this.transaction.foreignCurrency = value;
      return;
    }
    if (parent === 'STATUS') this.status.set(name, value);
    const statement = this.statement;
    if (!statement) return;
    if (name === 'CURDEF' && statementTags.has(parent ?? '')) {
      if (this.options.currency && value.toUpperCase() !== this.options.currency.toUpperCase()) {
        throw new ImportError('wrong_account', `This statement is in ${value}, but the account is in ${this.options.currency}.`, line);
      }
      statement.currency = value.toUpperCase();
    }
    if (name === 'ACCTID' && (parent === 'BANKACCTFROM' || parent === 'CCACCTFROM')) this.selectStatement(statement, value, line);
  }

  private selectStatement(statement: Statement, accountId: string, line: number): void {
    statement.accountId = accountId;
    const wanted = this.options.accountMask ? digitsOf(this.options.accountMask) : '';
    if (wanted) statement.selected = digitsOf(accountId).endsWith(wanted);
    else {
      const others = [...this.accountsSeen].filter((id) => id !== accountId);
      if (others.length > 0) {
        throw new ImportError('wrong_account', `The file holds more than one account (${[...others, accountId].map(mask).join(', ')}); choose which one to import.`, line);
      }
      statement.selected = true;
    }
    this.accountsSeen.add(accountId);
    if (statement.selected) this.matched++;
  }

  private closeAggregate(name: string, line: number): ImportedRow | null {
    const at = this.stack.lastIndexOf(name);
    if (at === -1) throw new ImportError('malformed', `</${name}> closes nothing that is open.`, line);
    let row: ImportedRow | null = null;
    while (this.stack.length > at) {
      const closed = this.stack.pop();
      if (closed === 'STMTTRN') row = this.finishTransaction();
      if (closed === 'STATUS') this.checkStatus(line);
      if (closed && statementTags.has(closed)) this.statement = null;
    }
    return row;
  }

  /** A statement response whose STATUS is an error carries no statement: say so rather than import nothing. */
  private checkStatus(line: number): void {
    const { status } = this;
    this.status = new Map();
    const inResponse = this.stack.includes('STMTTRNRS') || this.stack.includes('CCSTMTTRNRS');
    if (!inResponse || status.get('SEVERITY')?.toUpperCase() !== 'ERROR') return;
    const message = status.get('MESSAGE');
    throw new ImportError('malformed', `The file holds the bank's error instead of a statement (code ${status.get('CODE') ?? '?'}${message ? `: ${message}` : ''}).`, line);
  }

  private finishTransaction(): ImportedRow | null {
    const transaction = this.transaction;
    const statement = this.statement;
    this.transaction = null;
    if (!transaction || !statement?.selected) return null;
    const { fields, line } = transaction;
    if (transaction.foreignCurrency && transaction.foreignCurrency.toUpperCase() !== statement.currency) {
      throw new ImportError('unsupported', `A transaction in ${transaction.foreignCurrency} inside a ${statement.currency} statement is not supported.`, line);
    }
    const dateText = fields.get('DTPOSTED') ?? fields.get('DTUSER') ?? '';
    const bookedOn = parseOfxDate(dateText);
    if (!bookedOn) throw new ImportError('date_format', `"${dateText}" is not an OFX date (YYYYMMDD…).`, line);
    const amountText = fields.get('TRNAMT') ?? '';
    const amount = parseOfxAmount(amountText, currencyExponent(statement.currency));
    if (amount === null) throw new ImportError('amount_format', `"${amountText}" is not an amount in ${statement.currency}.`, line);
    const name = fields.get('NAME') || transaction.payeeName || undefined;
    const memo = fields.get('MEMO') || undefined;
    const row: ImportedRow = {
      line,
      bookedOn,
      amountMinor: this.options.sign === 'inverted' ? -amount : amount,
      description: name ?? memo ?? fields.get('TRNTYPE') ?? '',
    };
    if (name) row.payee = name;
    if (memo) row.memo = memo;
    const fitId = fields.get('FITID');
    if (fitId) row.externalId = fitId;
    const checkNumber = fields.get('CHECKNUM');
    if (checkNumber) row.checkNumber = checkNumber;
    return row;
  }

  /** After the last token: the file must have closed everything, and held the account. */
  finish(line: number): void {
    this.settlePending();
    if (!this.sawOfx) throw new ImportError('malformed', 'This is not an OFX or QFX file (no <OFX> element).');
    if (this.stack.length > 0) throw new ImportError('truncated', `The file ends before </${this.innermost()}>; it may be cut short.`, line);
    if (this.accountsSeen.size > 0 && this.matched === 0) {
      throw new ImportError('wrong_account', `This file is for account ${[...this.accountsSeen].map(mask).join(', ')}, not ${mask(this.options.accountMask ?? '')}.`);
    }
  }
}

async function* readRows(source: ByteSource, options: OfxOptions): AsyncGenerator<ImportedRow> {
  const text = decodeText(readBytes(source, options.maxBytes), { forced: options.encoding, declared: declaredOfxEncoding });
  const reader = new OfxReader(options);
  let line = 1;
  for await (const token of tokenizeOfx(text)) {
    line = token.line;
    const row = reader.read(token);
    if (row) yield row;
  }
  reader.finish(line);
}

export function parseOfx(source: ByteSource, options: OfxOptions = {}): AsyncGenerator<ImportedRow[]> {
  return batchRows(readRows(source, options), options.batchSize);
}
