// Name search: full-text over canonical names and aliases, with accents folded away.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
