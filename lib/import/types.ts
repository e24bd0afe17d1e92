// The app's own row type for a transaction read from a file, and what every importer shares.
// One row belongs to one account: the caller chose the account before the file was read.

export type ImportedRow = {
  /** 1-based line of the file where the transaction starts, for messages and for the review screen. */
  line: number;
  /** The calendar date the bank booked the transaction, as written in the file. */
  bookedOn: string;
  /** Minor units; money in is positive and money out negative, whatever the file's convention. */
  amountMinor: bigint;
  description: string;
  payee?: string;
  memo?: string;
  /** The bank's own id for the transaction (OFX FITID, a CSV reference column). */
  externalId?: string;
  checkNumber?: string;
};

/** Inverted: the file shows money out as positive, as many credit-card exports do. */
export type SignConvention = 'normal' | 'inverted';

export type ReadOptions = {
  /** Refuse the file once this many bytes have been read (default 50 MB). */
  maxBytes?: number;
  /** Rows per yielded batch (default 1,000). */
  batchSize?: number;
  /** Force a text encoding instead of detecting it. */
  encoding?: TextEncodingName;
};

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** What an importer reads: a file's bytes in chunks (a Node stream, a web stream, or a buffer). */
export type ByteSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> | Uint8Array;

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_BATCH_SIZE = 1000;
