import type { EntityManager } from 'typeorm';

/** One node of EXPLAIN (FORMAT JSON). */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

export const planNodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(planNodes)];

/** The plan of `sql`, as EXPLAIN shows it for these parameters. */
export async function explain(em: EntityManager, sql: string, params: unknown[] = []): Promise<PlanNode> {
  const [{ 'QUERY PLAN': plan }] = await em.query<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    params,
  );
  return plan[0].Plan;
}

/**
 * The plan a prepared statement runs once its plan is cached: generic, blind to the parameters'
 * values. Call inside a transaction (the setting is local to it).
 */
export async function explainGeneric(em: EntityManager, sql: string, params: Array<Scalar | Scalar[]>): Promise<PlanNode> {
  await em.query(`SET LOCAL plan_cache_mode = force_generic_plan`);
  await em.query(`PREPARE plan_probe AS ${sql}`);
  // EXECUTE takes no bound parameters: the values go in as literals, typed by the statement's casts.
  const plan = await explain(em, `EXECUTE plan_probe(${params.map(literal).join(', ')})`);
  await em.query(`DEALLOCATE plan_probe`);
  return plan;
}

/** A value as an SQL literal (standard-conforming strings: only quotes double); flat arrays as array literals. */
const escapeLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;

type Scalar = string | number | boolean | null;

function literal(value: Scalar | Scalar[]): string {
  if (value === null) return 'NULL';
  if (Array.isArray(value))
    return escapeLiteral(`{${value.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`);
  return escapeLiteral(String(value));
}

/**
 * Scans of `table` (its partitions included) that nothing narrows: a sequential scan, or an index
 * scan whose condition does not hold the index's leading column to a value (a condition on a later
 * column alone walks the whole index). `columns` are the table's indexed columns, longest names
 * first where one begins another; a partition's index names start with its table's and list its columns.
 */
export function unnarrowedScans(plan: PlanNode, table: string, columns: string[]): PlanNode[] {
  const ownName = new RegExp(`^${table}(_\\d{4}_\\d{2})?_`);
  const leading = (index: string): string | undefined => {
    const rest = index.replace(ownName, '');
    return rest === 'pkey' ? 'id' : columns.find((c) => rest.startsWith(c));
  };
  return planNodes(plan).filter((n) => {
    const onTable = ownName.test(n['Index Name'] ?? '') || n['Relation Name'] === table || ownName.test(n['Relation Name'] ?? '');
    if (!onTable) return false;
    if (n['Node Type'] === 'Seq Scan') return true;
    if (!n['Index Name']) return false;
    const cond = (n['Index Cond'] ?? '').replace(/::\w+|[()]/g, '');
    return !cond.includes(`${leading(n['Index Name'])} =`);
  });
}
