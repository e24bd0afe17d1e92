// Text chunks → lines with their 1-based numbers; \r\n, \n and a lone \r all end a line.

export type NumberedLine = { text: string; line: number };

export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split(/\r\n|\n|\r(?!$)/);
    rest = parts.pop() ?? '';
    for (const text of parts) yield { text, line: ++line };
  }
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  if (rest) yield { text: rest, line: ++line };
}
