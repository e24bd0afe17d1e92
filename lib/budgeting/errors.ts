// Budgeting's two expected failures. Pages turn NotFoundError into notFound() (another user's
// id looks exactly like a missing one); actions turn InputError into a message next to the form.
export class NotFoundError extends Error {
  constructor(what = 'That item') {
    super(`${what} was not found.`);
    this.name = 'NotFoundError';
  }
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
