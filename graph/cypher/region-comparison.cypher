// Regions side by side, per service, as `zangraph query compare --date` takes them: the reglament
// version in force in each region on the date (validity computed at load), whether its text is in the
// corpus, and the text's steps with their durations (kept as written, never converted) and how each
// duration relates to the one before it (then / or / extension). Totals (fastest / slowest) are
// computed by the CLI from these.
// :param regions => ['west-kazakhstan', 'kostanay']
// :param date => '2016-03-01'
MATCH (v:VersionPeriod)
WHERE v.region IN $regions AND v.validFrom <= $date AND (v.validTo IS NULL OR $date < v.validTo)
// Texts of one version in two languages say the same: the one with the most steps read, as the CLI.
OPTIONAL MATCH (v)-[:OF_TEXT]->(rv:ReglamentVersion)
WITH v, rv, COUNT { (rv)-[:HAS_STEP]->() } AS stepCount ORDER BY stepCount DESC, rv.key
WITH v, collect(rv)[0] AS rv
OPTIONAL MATCH (rv)-[:HAS_STEP]->(st:Step)
WITH v, rv, st ORDER BY st.order
RETURN v.service AS service, v.serviceId AS serviceId, v.region AS region, v.wordingBy AS wordingBy,
       v.validFrom AS validFrom, v.validTo AS validTo, v.certainty AS certainty, v.textInCorpus AS textInCorpus,
       rv.key AS text, count(st) AS steps,
       collect(CASE WHEN st IS NULL THEN null ELSE {variant: st.variant, n: st.n, actor: st.actor,
                                                    durations: st.durations, links: st.durationLinks} END) AS stepList
ORDER BY service, region;
