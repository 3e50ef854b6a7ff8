/** What a language contributes to reglament structure and extraction. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReglamentLocale {}
