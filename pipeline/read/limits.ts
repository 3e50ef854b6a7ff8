/** Input limits shared by the readers and the batch runner (which checks sizes before reading, and
 * should not have to load the readers themselves for that). */

/** Inputs over this size are refused rather than read. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
