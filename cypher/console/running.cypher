// The transactions of one console run still open inside Neo4j (on any connection).
// Params: $run (the run id the console put in the transaction's metadata)
// Returns: one row {transactionId, status} per open transaction of that run
SHOW TRANSACTIONS YIELD transactionId, status, metaData
WHERE metaData.run = $run
RETURN transactionId, status
