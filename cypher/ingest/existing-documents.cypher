// Which of these document ids are already in the graph (so a rerun skips them before extracting).
// Params: $ids [Document.id]
// Returns: one row per id found {id}
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id
