/**
 * Author-facing problems. Stages collect them instead of throwing; each has a stable code, a
 * located position in the YAML and a message that says how to fix the problem.
 */

export type DiagnosticSeverity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: DiagnosticSeverity;
  message: string;
  /** Repository-relative path of the file, `/`-separated. */
  file: string;
  line: number;
  col: number;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const prefix = diagnostic.severity === 'warning' ? 'warning ' : '';
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.col} ${prefix}${diagnostic.code} ${diagnostic.message}`;
}

/** Stable output order: by file, then position, then code. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code),
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
