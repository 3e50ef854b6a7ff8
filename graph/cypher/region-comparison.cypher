// Two regions side by side, per service of the catalog: how many procedure steps, the durations per
// step (minutes and working days kept as written, never converted), the roles involved, and the terms
// of service per channel. One row per region and reglament text.
// :param regions => ['west-kazakhstan', 'kostanay']
MATCH (rv:ReglamentVersion)-[:IN_REGION]->(r:Region) WHERE r.key IN $regions
MATCH (rv)-[:FOR_SERVICE]->(s:Service)
OPTIONAL MATCH (rv)-[:HAS_STEP]->(st:Step)
WITH s, r, rv, st ORDER BY st.order
WITH s, r, rv, count(st) AS steps, collect(st.durations) AS durations
OPTIONAL MATCH (rv)-[:HAS_PARTICIPANT]->(role:Role)
WITH s, r, rv, steps, durations, collect(DISTINCT role.key) AS roles
OPTIONAL MATCH (rv)-[:HAS_TERM]->(t:Term)
RETURN s.name AS service, r.key AS region, rv.service AS wording, rv.doc AS document, steps,
       durations, roles, collect(t.kind + ' / ' + coalesce(t.channel, '-') + ': ' + t.duration) AS terms
ORDER BY service, region, document;
