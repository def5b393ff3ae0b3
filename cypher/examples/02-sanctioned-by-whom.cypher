// Who is sanctioned, and by whom
MATCH p = (target:Entity)-[:SANCTIONED_BY]->(imposer:Entity)
WITH target, collect(imposer.name) AS sanctionedBy, collect(p) AS paths
RETURN target.name AS sanctioned, target.type AS type, sanctionedBy, paths
ORDER BY size(sanctionedBy) DESC, sanctioned
