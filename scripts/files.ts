// File writing for the data commands: a file is replaced whole or not at all, never left half written.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes beside the target, then renames: a crash or a full disk leaves the old file as it was. */
export function writeFileAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Prints a message on stderr and exits 1: the data commands stop at the first thing they cannot do. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
