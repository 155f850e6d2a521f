/** The do-not-edit banner every generated file carries (no timestamps: output is deterministic). */

export function banner(source: string): string {
  return `@generated from ${source} by intyg. DO NOT EDIT. Run \`npx intyg generate\` to update.`;
}

export function tsBanner(source: string): string {
  return `// ${banner(source)}\n`;
}

/** Stable JSON with a trailing newline; generated JSON files start with a `$comment` banner. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
