/**
 * What a CLI command may touch of the outside world, so tests can run commands in process
 * with captured output and no real terminal.
 */
export interface CliIo {
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  /** reads all of standard input as bytes */
  readonly readStdin: () => Promise<Buffer>;
  /** true when stderr is a terminal: only then is progress drawn */
  readonly isTTY: boolean;
  readonly cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
