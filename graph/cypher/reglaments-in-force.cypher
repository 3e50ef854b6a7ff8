// Reglament texts in force in a region on a date, as far as the graph's own dates go: the text's act
// (the one whose wording it is) was adopted by then, the approving act was not repealed by an act
// adopted by then, and no later wording of the same service replaced it by then.
// Entry into force (publication + 11 days, estimates and their certainty) is computed by
// `zangraph query in-force`, which gives the exact validity intervals; this query uses adoption dates.
// :param region => 'west-kazakhstan'
// :param date => '2018-06-01'
MATCH (rv:ReglamentVersion)-[:IN_REGION]->(:Region {key: $region})
MATCH (rv)-[:FOR_SERVICE]->(s:Service)
MATCH (rv)<-[w:GIVES_WORDING]-(carrier:Act)
OPTIONAL MATCH (rv)<-[:APPROVES]-(approver:Act)
WITH rv, s, carrier, coalesce(approver, carrier) AS approver
WHERE carrier.date <= $date
  AND NOT EXISTS { MATCH (rep:Act)-[:REPEALS]->(approver) WHERE rep.date <= $date }
  AND NOT EXISTS { MATCH (carrier)<-[:REPEALS]-(rep:Act) WHERE rep.date <= $date }
  AND NOT EXISTS {
    MATCH (newer:ReglamentVersion)-[:FOR_SERVICE]->(s), (newer)<-[:GIVES_WORDING]-(nc:Act), (newer)-[:IN_REGION]->(:Region {key: $region})
    WHERE nc.date > carrier.date AND nc.date <= $date
  }
RETURN s.name AS service, rv.service AS wording, rv.language AS language,
       approver.key AS approvedBy, carrier.key AS wordingBy, rv.doc AS document, rv.quote AS quote
ORDER BY service, language;
