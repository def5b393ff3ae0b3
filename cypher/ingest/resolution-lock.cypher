// Takes the write lock of the one IngestLock node, held until this transaction ends: every
// transaction that resolves names and writes entities takes it first, so they run one after another
// across every process (app instances, CLI runs), and each one's name resolution sees what the one
// before it committed. Without it, five spellings of one new name written at once became five
// entities. The uniqueness constraint on IngestLock.id keeps MERGE from creating two lock nodes.
// Params: none
// Returns: one row {locked}
MERGE (lock:IngestLock {id: 'entity-resolution'})
SET lock.takenAt = datetime()
RETURN true AS locked
