import type { FieldErrors, FormState } from '@/lib/forms';

// The app's expected failures, one base class. Each kind has one HTTP status and its message is
// written for a person, so a route can send it and a form can show it. Anything that is not an
// AppError is a bug: routes answer 500 with a generic sentence, forms let it throw.

export type ErrorKind = 'bad_input' | 'unauthorised' | 'forbidden' | 'not_found' | 'conflict' | 'upstream';

const HTTP_STATUS: Record<ErrorKind, number> = {
  bad_input: 400,
  unauthorised: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  upstream: 502,
};

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again.';

export class AppError extends Error {
  override name = 'AppError';
  /** What the client may branch on; a subclass may narrow it (ConnectError's reasons). */
  readonly code: string;
  /** What a route answers with; named apart from `status`, which bank errors use for the bank's. */
  readonly httpStatus: number;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: ErrorOptions & { code?: string },
  ) {
    super(message, options);
    this.code = options?.code ?? kind;
    this.httpStatus = HTTP_STATUS[kind];
  }
}

/** Missing, or someone else's: the two look the same on purpose. */
export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(what = 'That item') {
    super('not_found', `${what} was not found.`);
  }
}

/** The request or form was wrong; fieldErrors, when given, say which field. */
export class BadInputError extends AppError {
  override name = 'BadInputError';
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super('bad_input', message);
  }
}

export class ConflictError extends AppError {
  override name = 'ConflictError';
  constructor(message: string) {
    super('conflict', message);
  }
}

export class UnauthorisedError extends AppError {
  override name = 'UnauthorisedError';
  constructor(message = 'Sign in first.') {
    super('unauthorised', message);
  }
}

export class ForbiddenError extends AppError {
  override name = 'ForbiddenError';
  constructor(message = 'You do not have access to this.') {
    super('forbidden', message);
  }
}

export type ErrorBody = { error: { code: string; message: string } };

/** The HTTP status for anything thrown: an AppError's own, otherwise 500. */
export function httpStatusOf(error: unknown): number {
  return error instanceof AppError ? error.httpStatus : 500;
}

/** The one JSON error shape. Unknown errors say nothing about themselves. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return { error: { code: error.code, message: error.message } };
  return { error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } };
}

/** An expected failure as the state a form shows; a bug is thrown on to the error boundary. */
export function toFormState(error: unknown): FormState {
  if (!(error instanceof AppError)) throw error;
  return { message: error.message, fieldErrors: error instanceof BadInputError ? error.fieldErrors : undefined };
}
