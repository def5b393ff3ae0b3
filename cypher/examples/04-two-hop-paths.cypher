// Two-hop paths between two people: who or what connects them
// Params: {"from": "Steve Witkoff", "to": "Kirill Dmitriev"}
MATCH (a:Person)
WHERE a.name = $from OR $from IN a.aliases
MATCH p = (a)-[first]-(via:Entity)-[second]-(b:Person)
WHERE (b.name = $to OR $to IN b.aliases) AND b <> a
RETURN via.name AS via, via.type AS viaType, type(first) AS firstLink, type(second) AS secondLink, p
ORDER BY via
LIMIT 100
