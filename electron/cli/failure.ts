/** An error the CLI reports as one line on stderr, exiting with `exitCode`. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** Report `err` on stderr as `galley: …` and set the exit code; unexpected errors keep their stack. */
export function reportFailure(err: unknown): void {
  if (err instanceof CliFailure) {
    process.stderr.write(`galley: ${err.message}\n`);
    process.exitCode = err.exitCode;
    return;
  }
  process.stderr.write(`galley: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
