/** What a language contributes to the act header, act references and dates. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ActLocale {}
