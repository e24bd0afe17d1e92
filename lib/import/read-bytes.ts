import { ImportError } from './import-error';
import { DEFAULT_MAX_BYTES, type ByteSource } from './types';

// A file's bytes as chunks, whatever the caller holds (a Node stream, a web stream from a form
// upload, a buffer), refused as soon as it passes the byte cap: a 2 GB upload is never read whole.

async function* readWebStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function toChunks(source: ByteSource): AsyncIterable<Uint8Array> {
  if (source instanceof Uint8Array) return (async function* () { yield source; })();
  if (source instanceof ReadableStream) return readWebStream(source);
  return source;
}

export async function* readBytes(source: ByteSource, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of toChunks(source)) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new ImportError('too_large', `The file is larger than the ${formatMegabytes(maxBytes)} limit for an import.`);
    }
    if (chunk.byteLength > 0) yield chunk;
  }
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
