/**
 * A file that cannot be read as a document (missing, too large, empty, binary, an unsupported
 * encoding, a broken or encrypted PDF): the message names the file, `reason` says why on its own.
 * A module of its own so that the batch runner's main thread can name it without loading the readers.
 */
import { UserError } from '../shared/user-error.ts';

export class ReadError extends UserError {
  constructor(public readonly path: string, public readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}
