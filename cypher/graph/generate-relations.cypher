// Benchmark generator (scripts/generate-graph.ts): one batch of relationships with their evidence.
// The relationship type comes from the registry (the generator picks registry entries only).
// Params: $rows [{id, s, o, type, label, confidence, evidence: [{id, doc, date}]}]
// Returns: one row {created}
UNWIND $rows AS row
MATCH (a:Entity {id: row.s})
MATCH (b:Entity {id: row.o})
CREATE (a)-[r:$(row.type) {
  id: row.id, evidenceCount: size(row.evidence), confidence: row.confidence,
  firstSeen: row.evidence[0].date, lastSeen: row.evidence[-1].date
}]->(b)
WITH a, b, row
UNWIND row.evidence AS ev
MATCH (d:Document {id: ev.doc})
WITH a, b, row, ev, d, a.name + ' ' + row.label + ' ' + b.name + ', officials said on ' + ev.date + '.' AS sentence
CREATE (v:Evidence {
  id: ev.id, relationId: row.id, sentence: sentence, start: 0, end: size(sentence),
  date: ev.date, confidence: row.confidence, extractorVersion: 'generated'
})-[:IN_DOCUMENT]->(d)
RETURN count(v) AS created
