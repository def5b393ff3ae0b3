import { describe, expect, it } from "vitest";
import { judgePlan, procedureName, type PlanNode, type PlanSummary } from "./gate";

/** A plan fixture: operators listed root first, each the only child of the one before. */
function chain(queryType: string, ...operators: [string, string?][]): PlanSummary {
  const nodes: PlanNode[] = operators.map(([operatorType, details]) => ({
    operatorType,
    arguments: { planner: "COST", ...(details !== undefined && { Details: details }) },
    children: [],
  }));
  nodes.forEach((node, i) => nodes[i + 1] && node.children.push(nodes[i + 1]!));
  return { queryType, plan: nodes[0]! };
}

describe("judgePlan", () => {
  it("lets a plain read through", () => {
    expect(
      judgePlan(chain("r", ["ProduceResults@neo4j", "n"], ["AllNodesScan@neo4j", "n"]), "neo4j"),
    ).toBeNull();
  });

  it("lets allowed procedures through: schema introspection and full-text search", () => {
    for (const details of [
      "db.labels() :: (label :: STRING)",
      "db.schema.visualization() :: (nodes :: LIST<NODE>)",
      "db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE, score :: FLOAT)",
    ]) {
      expect(
        judgePlan(chain("r", ["ProduceResults@neo4j"], ["ProcedureCall@neo4j", details]), "neo4j"),
      ).toBeNull();
    }
  });

  it.each([
    ["w", "write"],
    ["rw", "write"],
    ["s", "schema"],
    ["", "write"],
  ])("refuses query type %j as %s", (queryType, reason) => {
    expect(
      judgePlan(chain(queryType, ["ProduceResults@neo4j"], ["Create@neo4j", "(n)"]), "neo4j")
        ?.reason,
    ).toBe(reason);
  });

  it("refuses a read-only procedure that is not on the allow-list, naming it", () => {
    const refusal = judgePlan(
      chain(
        "r",
        ["ProduceResults@neo4j"],
        ["ProcedureCall@neo4j", "db.awaitIndexes($autoint_0) :: ()"],
      ),
      "neo4j",
    );
    expect(refusal).toMatchObject({ reason: "procedure" });
    expect(refusal?.message).toContain("`db.awaitIndexes`");
  });

  it("refuses a procedure deep in the plan, under other operators", () => {
    const plan = chain(
      "rw",
      ["ProduceResults@neo4j"],
      ["Projection@neo4j"],
      ["ProcedureCall@neo4j", "db.createLabel(label) :: ()"],
      ["ProcedureCall@neo4j", "db.labels() :: (label :: STRING)"],
    );
    expect(judgePlan(plan, "neo4j")?.reason).toBe("procedure");
  });

  it("fails closed on a procedure call whose name it cannot read", () => {
    expect(judgePlan(chain("r", ["ProcedureCall@neo4j", "`weird name`()"]), "neo4j")?.reason).toBe(
      "procedure",
    );
    expect(judgePlan(chain("r", ["ProcedureCall@neo4j"]), "neo4j")?.reason).toBe("procedure");
  });

  it("refuses LOAD CSV although Neo4j calls it a read", () => {
    expect(
      judgePlan(chain("r", ["ProduceResults@neo4j"], ["LoadCSV@neo4j", "row"]), "neo4j")?.reason,
    ).toBe("load_csv");
  });

  it("refuses CALL { … } IN TRANSACTIONS, read or not", () => {
    expect(
      judgePlan(chain("r", ["ProduceResults@neo4j"], ["TransactionApply@neo4j"]), "neo4j")?.reason,
    ).toBe("transactions");
    expect(judgePlan(chain("w", ["TransactionForeach@neo4j"]), "neo4j")?.reason).toBe(
      "transactions",
    );
  });

  it("refuses SHOW and TERMINATE commands although Neo4j calls them reads", () => {
    expect(
      judgePlan(chain("r", ["ProduceResults@neo4j"], ["ShowTransactions@neo4j"]), "neo4j")?.reason,
    ).toBe("command");
    expect(
      judgePlan(chain("r", ["ProduceResults@neo4j"], ["TerminateTransactions@neo4j"]), "neo4j")
        ?.reason,
    ).toBe("command");
    expect(
      judgePlan(chain("r", ["ProduceResults@neo4j"], ["ShowSettings@neo4j"]), "neo4j")?.reason,
    ).toBe("command");
  });

  it("refuses administration commands and plans that are missing", () => {
    const admin: PlanSummary = {
      queryType: "s",
      plan: {
        operatorType: "CreateIndex@neo4j",
        arguments: { planner: "ADMINISTRATION" },
        children: [],
      },
    };
    expect(judgePlan(admin, "neo4j")?.reason).toBe("command");
    expect(judgePlan({ queryType: "r", plan: false }, "neo4j")?.reason).toBe("command");
  });

  it("refuses operators that run on another database", () => {
    expect(
      judgePlan(chain("r", ["ProduceResults@system"], ["AllNodesScan@system"]), "neo4j")?.reason,
    ).toBe("database");
  });
});

describe("procedureName", () => {
  it("reads the dotted name before the argument list", () => {
    expect(procedureName("db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)")).toBe(
      "db.index.fulltext.queryNodes",
    );
    expect(procedureName("  dbms.components() :: (name :: STRING)")).toBe("dbms.components");
  });

  it("answers undefined for anything else", () => {
    expect(procedureName(undefined)).toBeUndefined();
    expect(procedureName("no call here")).toBeUndefined();
    expect(procedureName("`db`.`labels`()")).toBeUndefined();
  });
});
