// Terminates transactions by id (a console run that outlived its timeout).
// Params: $ids (transaction ids from console/running.cypher)
// Returns: one row {transactionId, message} per id
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
