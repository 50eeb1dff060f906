// Where bytes go. Commands receive this instead of touching process directly,
// so tests can run them in-process.
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdoutIsTty: boolean;
}

export function processIo(): Io {
  // A reader that stops early (`pipeforge explain | head`) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdoutIsTty: Boolean(process.stdout.isTTY),
  };
}

export function useColor(io: Io): boolean {
  return io.stdoutIsTty && io.env.NO_COLOR === undefined && io.env.TERM !== "dumb";
}
