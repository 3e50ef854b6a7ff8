/**
 * What a language contributes to reglament structure and extraction: the landmarks of a reglament
 * (title, sections, points, step markers, approval stamp, appendix label), the operative verbs that
 * say what an act does with its appendices, and the word-order choices and search windows that differ
 * between languages. Word lists (roles, units, numerals, channels) are JSON data in pipeline/lexicon/,
 * which the shared code reads under the locale's language key.
 *
 * Guarantees to the code that uses it: every RegExp has the `u` flag and neither `g` nor `y`, so
 * `test` and `exec` keep no state between calls (code that scans for every match makes a global copy,
 * pipeline/shared/regex.ts); every RegExp is case-insensitive unless its comment says why not.
 */

export interface ReglamentLocale {
  /** The heading before a reglament's body: appendix label, approval stamp, title. */
  heading: {
    /** The title phrase without its quoted service name ("Регламент государственной услуги"). */
    title: RegExp;
    /** Where the title's quoted name stands: after the title phrase, or before it as in a genitive construction. */
    titleNameSide: 'after' | 'before';
    /** The appendix label; group 1 is the appendix number when it has one. */
    appendixLabel: RegExp;
    /** The label names the carrying act before its number and "appendix", so the heading starts at the label's line, not its match. */
    appendixLabelOpensLine: boolean;
    /** The approval stamp naming the act that approved the reglament (case-sensitive: it finds the stamp by capitalized proper nouns). */
    stamp: RegExp;
  };
  /** Point 1, which names the service ("1. Государственная услуга "…""). */
  serviceDefinition: {
    /** The point's start, up to where the quoted name opens. */
    start: RegExp;
    /** What must follow the quoted name when the language names the service before its kind; null: nothing. */
    after: RegExp | null;
    /** Where a name whose closing quote the PDF lost ends; null: such a name is not read. */
    unclosedNameEnd: RegExp | null;
  };
  /** Section headings of the reglament. */
  sections: {
    /** "1. General provisions": opens a reglament's body. */
    general: RegExp;
    /** Section 2, the order of the provider's actions. */
    procedure: RegExp;
    /** Section 3, the interaction of the provider's units and staff. */
    participants: RegExp;
    /** Sections 4 and later: they end section 3. */
    later: RegExp;
  };
  /** A paragraph the publisher added ("Сноска. …", "Ескерту. …"): no part of the reglament. */
  editorialNote: RegExp;
  /** Section 2's steps. */
  procedure: {
    /** The point describing the content of each procedure; its subpoints are the steps. */
    point: RegExp;
    /** A step marker at a line start; exactly one of its groups captures the step number. */
    stepMarker: RegExp;
    /** A heading that opens one variant of the procedure, ending with ":" (case-sensitive: "При …" is matched in both cases explicitly, so a heading is told from a clause by its own words). */
    variantHeading: RegExp;
  };
  /** Section 3's list of participants. */
  participants: {
    /** The point that lists the participants. */
    point: RegExp;
    /** What separates alternative participants within one list item ("или", ", "). */
    alternatives: RegExp;
    /** Where a position's organization is written: after the position (a genitive after it), or before it within `window` characters. */
    organization: { side: 'after' } | { side: 'before'; window: number };
    /** A position the lexicon does not list, written where a step's subject stands next to its organization
     * (before it in Russian, after it in Kazakh); group 1 is the position phrase. */
    unknownPosition: RegExp;
    /** An organization mention in the genitive, the case of the organization a position belongs to. */
    organizationGenitive: RegExp;
    /** The agent of a nominalized step in the genitive ("кеңсе қызметкерінің құжаттарды қабылдауы"): the
     * genitive ending after a position's form and the verbal noun that makes it an agent; null: the
     * language writes such agents otherwise (the Russian instrumental is a lexicon form). */
    genitiveAgent: { ending: RegExp; verbalNoun: RegExp } | null;
  };
  /** The statement of the term of service. */
  term: {
    /** The phrase that opens the statement; the durations come after it. */
    point: RegExp;
    /** A mention of the term that states none (its extension, suspension, what it does not include). */
    notAStatement: RegExp;
    /** The maximum waiting time. */
    wait: RegExp;
    /** The maximum service time. */
    service: RegExp;
  };
  /** Durations ("5 (пяти) минут"). */
  durations: {
    /** A case ending written after an amount's digits, from its hyphen ("15-ти", "2-х"); null: the language writes none. */
    digitEnding: RegExp | null;
    /** The word right before a unit the PDF moved ahead of its number ("в часа. течение 1 (одного)"). */
    displacedUnitLead: RegExp;
  };
  /** The carrying act's operative text: what it does with each appendix. */
  operative: {
    /** Restating an act in a new wording. */
    newWording: RegExp;
    /** Adding an appendix. */
    added: RegExp;
    /** Approving the attached reglaments. */
    approved: RegExp;
    /** A reference to appendices of this act; group 1 is their number list when it has one. */
    appendixRef: RegExp;
    /** What separates the numbers of a list ("1, 2 и 3"). */
    appendixListSeparator: RegExp;
    /** The word "reglament" in any form: an approving clause that names it approves the reglaments. */
    reglamentWord: RegExp;
  };
}
