// Password length limits, in a module of their own so client forms can show them without pulling
// the zod schemas (and zod itself) into the browser bundle.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
