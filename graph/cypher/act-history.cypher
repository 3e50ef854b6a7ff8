// The history of an act, as `zangraph query history` answers: what it amends and repeals, what amended
// and repealed it, with the day each took effect (entry into force of the acting act, computed at
// load) and its certainty, in date order. Acts known only from a reference (inCorpus = false) are
// included; an inferred repeal (inferred = true) names the statements it is inferred from.
// :param key => 'akimat|west-kazakhstan|2015-08-04|204'
MATCH (a:Act {key: $key})-[r:AMENDS|REPEALS]-(other:Act)
WITH a, other, r,
     CASE WHEN startNode(r) = a THEN toLower(type(r))
          WHEN type(r) = 'AMENDS' THEN 'amended-by' ELSE 'repealed-by' END AS relation
ORDER BY r.doc
WITH relation, other, collect(r) AS rs
RETURN relation, other.key AS act, other.date AS date, coalesce(other.inCorpus, false) AS inCorpus,
       rs[0].effective AS effective, rs[0].certainty AS certainty,
       CASE WHEN rs[0].inferred THEN 'inferred' ELSE 'stated' END AS basis,
       [x IN rs WHERE x.doc IS NOT NULL | x.doc] AS statedBy,
       coalesce(rs[0].inferredFrom, []) AS inferredFrom
ORDER BY date, relation, act;
