/**
 * The query set keeps to what Citus pushes down whole to the shard of each patient when the
 * store is distributed by patient_id (sql/postgres/citus.sql). Read with PostgreSQL's own parser
 * (libpg-query): every window is partitioned by patient_id; every join is on patient_id; every
 * GROUP BY and DISTINCT below the top includes patient_id; no ORDER BY or LIMIT below the top; no
 * subquery inside an expression (no correlated subqueries); no comma joins; no MATERIALIZED CTE
 * (Citus inlines CTEs, then plans the whole as one pushdown query).
 */

import { loadModule, parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES } from '../../src/sql/dialect.js';
import { sjukfallQuery } from '../../src/sql/sjukfall-query.js';
import { statistikQuery } from '../../src/sql/statistik-query.js';

type Node = Record<string, any>;

const isPatientColumn = (n: Node | undefined) => n?.ColumnRef?.fields?.at(-1)?.String?.sval === 'patient_id';
const conjuncts = (n: Node | undefined): Node[] => (n?.BoolExpr?.boolop === 'AND_EXPR' ? n.BoolExpr.args.flatMap(conjuncts) : n ? [n] : []);
const isPatientEquality = (n: Node) => n.A_Expr?.name?.[0]?.String?.sval === '=' && isPatientColumn(n.A_Expr.lexpr) && isPatientColumn(n.A_Expr.rexpr);

/** What keeps a statement from running shard by shard, one message per finding. */
export function citusFindings(sql: string): string[] {
  const findings: string[] = [];
  const visit = (node: unknown, top: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, top));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.SelectStmt) return select(n.SelectStmt, top);
    if (n.SubLink) findings.push('subquery in an expression');
    if (n.JoinExpr && !conjuncts(n.JoinExpr.quals).some(isPatientEquality)) findings.push('join not on patient_id');
    if (n.FuncCall?.over && !n.FuncCall.over.partitionClause?.some(isPatientColumn)) findings.push(`window of ${n.FuncCall.funcname.at(-1).String.sval}() not partitioned by patient_id`);
    if (n.CommonTableExpr?.ctematerialized === 'CTEMaterializeAlways') findings.push(`CTE ${n.CommonTableExpr.ctename} is MATERIALIZED`);
    for (const value of Object.values(n)) visit(value, false);
  };
  const select = (s: Node, top: boolean): void => {
    if (!top && s.sortClause) findings.push('ORDER BY below the top');
    if (s.limitCount || s.limitOffset) findings.push('LIMIT/OFFSET');
    if (!top && s.groupClause && !s.groupClause.some(isPatientColumn)) findings.push('GROUP BY without patient_id below the top');
    if (!top && s.distinctClause && !s.targetList.some((t: Node) => isPatientColumn(t.ResTarget?.val))) findings.push('DISTINCT without patient_id');
    if ((s.fromClause?.length ?? 0) > 1) findings.push('comma join');
    if (s.windowClause?.some((w: Node) => !w.WindowDef.partitionClause?.some(isPatientColumn))) findings.push('named window not partitioned by patient_id');
    const { sortClause, groupClause, ...rest } = s;
    visit(rest, false);
    // The top's own ORDER BY and GROUP BY run on the coordinator over result rows; their expressions still may not hide subqueries.
    visit([sortClause, groupClause], false);
  };
  visit((parseSync(sql).stmts ?? []).map((s: Node) => s.stmt), true);
  return findings;
}

beforeAll(async () => {
  await loadModule();
});

describe('the query set on Citus', () => {
  it('the case list runs shard by shard', () => {
    expect(citusFindings(sjukfallQuery(POSTGRES))).toEqual([]);
  });

  it('the statistics run shard by shard up to the final counts', () => {
    expect(citusFindings(statistikQuery(POSTGRES))).toEqual([]);
  });

  it('would notice a query that crosses patients', () => {
    expect(citusFindings('SELECT row_number() OVER (ORDER BY seq) FROM certificate')).toEqual(['window of row_number() not partitioned by patient_id']);
    expect(citusFindings('SELECT * FROM certificate c JOIN certificate_question q ON q.cert_id = c.cert_id')).toEqual(['join not on patient_id']);
    expect(citusFindings('WITH x AS MATERIALIZED (SELECT unit_id, count(*) FROM certificate GROUP BY unit_id ORDER BY 1 LIMIT 5) SELECT * FROM x, certificate WHERE seq IN (SELECT 1)').sort()).toEqual([
      'comma join', 'subquery in an expression', 'ORDER BY below the top', 'LIMIT/OFFSET', 'GROUP BY without patient_id below the top', 'CTE x is MATERIALIZED',
    ].sort());
  });
});
