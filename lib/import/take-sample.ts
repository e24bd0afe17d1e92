/**
 * The first `size` items of a stream, and the whole stream again (those items, then the rest), so a
 * format can be decided from a bounded sample without reading the file twice.
 */
export async function takeSample<T>(items: AsyncGenerator<T>, size: number): Promise<{ sample: T[]; all: AsyncGenerator<T> }> {
  const sample: T[] = [];
  for (let next = await items.next(); !next.done; next = await items.next()) {
    sample.push(next.value);
    if (sample.length >= size) break;
  }
  async function* replay(): AsyncGenerator<T> {
    yield* sample;
    yield* items;
  }
  return { sample, all: replay() };
}
