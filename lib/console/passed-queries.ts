/**
 * Query texts that already passed the EXPLAIN gate, with the warnings Neo4j gave when planning them,
 * so running them again skips a round trip. Only passes are remembered: the verdict depends on the
 * text alone (query type, procedures, LOAD CSV and commands do not change with parameter values),
 * and refusals are cheap anyway. Least recently used texts are forgotten first.
 */
export class PassedQueries<T> {
  private readonly passed = new Map<string, T>();

  constructor(private readonly capacity = 1000) {}

  get(key: string): T | undefined {
    const value = this.passed.get(key);
    if (value === undefined) return undefined;
    this.passed.delete(key); // re-insert: a Map keeps insertion order, so the oldest comes first
    this.passed.set(key, value);
    return value;
  }

  set(key: string, value: T): void {
    this.passed.delete(key);
    this.passed.set(key, value);
    if (this.passed.size > this.capacity) this.passed.delete(this.passed.keys().next().value!);
  }

  get size(): number {
    return this.passed.size;
  }
}
