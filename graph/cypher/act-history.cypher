// The history of an act: what it amends and repeals, what amended and repealed it, in date order,
// with the document and the quoted text that state each relation. Acts known only from a reference
// (inCorpus = false) are included.
// In Neo4j Browser: :param key => 'akimat|west-kazakhstan|2015-08-04|204'
MATCH (a:Act {key: $key})
MATCH (a)-[r:AMENDS|REPEALS]-(other:Act)
RETURN CASE
         WHEN startNode(r) = a THEN toLower(type(r))
         WHEN type(r) = 'AMENDS' THEN 'amended-by'
         ELSE 'repealed-by'
       END AS relation,
       other.key AS act, other.date AS date, other.inCorpus AS inCorpus,
       r.doc AS statedIn, r.quote AS quote
ORDER BY date, act;
