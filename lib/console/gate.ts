/**
 * The read-only gate: judges the plan that `EXPLAIN <query>` returned before the query itself may
 * run. Pure, so every rule is unit-tested on plan fixtures; lib/console/run.ts feeds it real plans.
 *
 * A query passes only when Neo4j itself calls it read-only (query type "r") AND no operator in its
 * plan does something a reader must not do: load files or URLs, call a procedure outside the
 * allow-list, commit in batches, run an administration command, or touch another database.
 */

/** The part of a driver plan the gate reads (neo4j-driver's `Plan` has this shape). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export interface PlanSummary {
  /** Neo4j's verdict: "r" read only, "rw" read and write, "w" write only, "s" schema or system. */
  queryType: string;
  plan: PlanNode | false;
}

export type RefusalReason =
  | "write"
  | "schema"
  | "procedure"
  | "load_csv"
  | "transactions"
  | "command"
  | "database"
  | "statements"
  | "explain"
  | "unbounded";

export interface Refusal {
  reason: RefusalReason;
  message: string;
}

/** Procedures a reader may call: schema introspection and full-text search. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
];

const allowed = new Set(ALLOWED_PROCEDURES);

/**
 * Operators of commands rather than queries that the COST planner plans (SHOW INDEXES, SHOW
 * TRANSACTIONS, TERMINATE TRANSACTIONS…). Index, constraint, user and database commands come from the
 * ADMINISTRATION planner and are refused by that alone.
 */
const COMMAND_OPERATOR = /^(Show|Terminate)[A-Z]|^AdministrationCommand$/;
const TRANSACTION_OPERATORS = new Set(["TransactionApply", "TransactionForeach"]);

export const REFUSAL_MESSAGES = {
  write:
    "The console only reads. This query would change the graph (CREATE, MERGE, SET, DELETE, REMOVE, FOREACH and the like), so it was not run.",
  schema:
    "The console only reads. This query would change the database's schema or settings (indexes, constraints, users, system procedures), so it was not run.",
  load_csv:
    "LOAD CSV reads files and URLs from the database server; it is not available in the console.",
  transactions:
    "CALL { … } IN TRANSACTIONS commits in batches; it is not available in the console.",
  command:
    "Administration commands (SHOW …, TERMINATE …, index, constraint, user and database commands) are not available in the console. Use db.labels(), db.relationshipTypes() or db.schema.visualization() to look at the schema.",
  statements:
    "The console runs one statement at a time. Remove the extra statements after the first `;`.",
  explain:
    "The console plans every query with EXPLAIN itself; run the query without EXPLAIN or PROFILE.",
} as const;

function procedureMessage(name: string): string {
  return `The console may call only these procedures: ${ALLOWED_PROCEDURES.join(", ")}. \`${name}\` is not one of them, so the query was not run.`;
}

function databaseMessage(database: string): string {
  return `The console queries only the \`${database}\` database.`;
}

/** "ProduceResults@neo4j" → {name: "ProduceResults", database: "neo4j"}. */
function splitOperator(operatorType: string): { name: string; database?: string } {
  const at = operatorType.lastIndexOf("@");
  return at < 0
    ? { name: operatorType }
    : { name: operatorType.slice(0, at), database: operatorType.slice(at + 1) };
}

/**
 * The procedure a ProcedureCall operator calls, from its details such as
 * "db.labels() :: (label :: STRING)". Matches a dotted name of word characters up to the first "(";
 * anchored and without nested quantifiers, so it runs in linear time.
 */
export function procedureName(details: unknown): string | undefined {
  if (typeof details !== "string") return undefined;
  return /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details)?.[1];
}

function* operators(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children) yield* operators(child);
}

function refuseOperator(node: PlanNode, database: string): Refusal | null {
  const { name, database: on } = splitOperator(node.operatorType);
  if (on !== undefined && on !== database)
    return { reason: "database", message: databaseMessage(database) };
  if (name === "LoadCSV") return { reason: "load_csv", message: REFUSAL_MESSAGES.load_csv };
  if (TRANSACTION_OPERATORS.has(name))
    return { reason: "transactions", message: REFUSAL_MESSAGES.transactions };
  if (name === "ProcedureCall") {
    const procedure = procedureName(node.arguments.Details);
    if (!procedure || !allowed.has(procedure))
      return { reason: "procedure", message: procedureMessage(procedure ?? "this procedure") };
    return null;
  }
  if (COMMAND_OPERATOR.test(name)) return { reason: "command", message: REFUSAL_MESSAGES.command };
  return null;
}

/**
 * Returns why the planned query must not run, or null when it may. Fails closed: a summary without
 * a plan, or with any query type but "r", is refused.
 */
export function judgePlan(summary: PlanSummary, database: string): Refusal | null {
  if (!summary.plan) return { reason: "command", message: REFUSAL_MESSAGES.command };
  if (summary.plan.arguments.planner === "ADMINISTRATION")
    return { reason: "command", message: REFUSAL_MESSAGES.command };
  for (const node of operators(summary.plan)) {
    const refusal = refuseOperator(node, database);
    if (refusal) return refusal;
  }
  if (summary.queryType === "r") return null;
  if (summary.queryType === "s") return { reason: "schema", message: REFUSAL_MESSAGES.schema };
  return { reason: "write", message: REFUSAL_MESSAGES.write };
}
