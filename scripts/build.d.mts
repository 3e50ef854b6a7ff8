/** Types of scripts/build.mjs (plain JavaScript, so that `npm run build` needs no TypeScript runner). */
export function build(options?: { root?: string }): Promise<string>;
