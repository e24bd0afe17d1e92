import { AppError } from '@/lib/errors';

// Everything wrong with a file is one error kind with the line it was found on, so the import page
// can say "line 4,812: …" and the caller knows to roll back (see README: all or nothing).

export type ImportErrorCode =
  | 'too_large'
  | 'encoding'
  | 'malformed'
  | 'truncated'
  | 'date_format'
  | 'amount_format'
  | 'wrong_account'
  | 'unsupported'
  | 'mapping';

export class ImportError extends AppError {
  override name = 'ImportError';

  constructor(
    readonly importCode: ImportErrorCode,
    readonly detail: string,
    /** 1-based line in the file; undefined when the problem is the file as a whole. */
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super('bad_input', line === undefined ? detail : `Line ${line.toLocaleString('en-US')}: ${detail}`, {
      ...options,
      code: `import_${importCode}`,
    });
  }
}
