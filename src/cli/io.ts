/**
 * What a CLI command may touch of the outside world, so tests can run commands in process
 * with captured output and no real terminal.
 */
export interface CliIo {
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  /** reads standard input as bytes, stopping once more than `maxBytes` have arrived */
  readonly readStdin: (maxBytes: number) => Promise<Buffer>;
  /** true when stderr is a terminal: only then is progress drawn */
  readonly isTTY: boolean;
  readonly cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        // enough to know the limit is passed: the caller refuses the input without reading it all
        if (total > maxBytes) break;
      }
      return Buffer.concat(chunks);
    },
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
