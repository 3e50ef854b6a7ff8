// Reglament texts in force on a date, as `zangraph query in-force` answers: one row per reglament
// version (a wording of a service's reglament in a region) whose validity, computed at load from what
// the documents state (entry into force, publication, repeals, new wordings), holds the date.
// validTo is half-open: the first day the text is no longer in force. Each end has its certainty
// (exact / estimated) and basis. A version without texts is in force but not in the corpus.
// :param date => '2015-09-01'
// :param region => 'west-kazakhstan'      (null: every region)
MATCH (v:VersionPeriod)
WHERE ($region IS NULL OR v.region = $region)
  AND v.validFrom <= $date AND (v.validTo IS NULL OR $date < v.validTo)
OPTIONAL MATCH (v)-[:OF_TEXT]->(rv:ReglamentVersion)
WITH v, rv ORDER BY rv.key
RETURN v.region AS region, v.service AS service, v.serviceId AS serviceId, v.approvedBy AS approvedBy,
       v.wordingBy AS wordingBy, v.wording AS wording, v.validFrom AS validFrom, v.validTo AS validTo,
       v.certainty AS certainty, v.fromCertainty AS fromCertainty, v.toCertainty AS toCertainty,
       v.fromBasis AS fromBasis, v.toBasis AS toBasis, collect(rv.key) AS texts
ORDER BY region, service, approvedBy;
