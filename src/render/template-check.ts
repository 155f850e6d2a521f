/**
 * Checks a print template (`definitions/<id>/print.hbs`) the way the compiler checks YAML: every
 * problem a located diagnostic, nothing thrown. The parsed template (Handlebars' AST) is walked,
 * so raw output is found in every spelling: `{{{x}}}`, `{{& x}}`, `{{~{x}~}}`, a raw block
 * `{{{{raw}}}}`, and anything else Handlebars parses as unescaped. Text matching could never be
 * sure of that; the parser is what decides how the template prints.
 */

import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Partials a type's template may include; `content` is the template itself. */
export const TYPE_PARTIALS = ['defaultContent', 'question', 'issuer'] as const;
/** Handlebars' built-in helpers plus ours (html.ts); `knownHelpersOnly` refuses the rest at compile. */
export const TEMPLATE_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'cssString'] as const;

type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };

interface Found {
  code: string;
  message: string;
  node: Node;
}

const nameOf = (expression: unknown): string | undefined => {
  const node = expression as { type?: string; original?: unknown };
  return node?.type === 'PathExpression' && typeof node.original === 'string' ? node.original : undefined;
};

interface Walk {
  found: Found[];
  partials: ReadonlySet<string>;
  lines: readonly string[];
}

function walk(node: Node | null | undefined, context: Walk): void {
  if (!node) return;
  const { found, partials } = context;
  switch (node.type) {
    case 'Program':
      for (const statement of (node as hbs.AST.Program).body) walk(statement, context);
      return;
    case 'MustacheStatement': {
      const mustache = node as hbs.AST.MustacheStatement;
      if (!mustache.escaped) {
        found.push({ code: 'print/raw-output', message: 'Den här formen skriver ut text utan att skydda den ({{{ }}}, {{& }} och {{~{ }~}} gör det). Använd {{ }}, som skyddar texten.', node });
      }
      checkHelper(mustache, found);
      return;
    }
    case 'BlockStatement': {
      const block = node as hbs.AST.BlockStatement;
      const name = nameOf(block.path);
      // A raw block ({{{{name}}}} … {{{{/name}}}}) prints its content without Handlebars touching it.
      if (sourceAt(block, context.lines, 4) === '{{{{') {
        found.push({ code: 'print/raw-output', message: 'Ett råblock ({{{{ }}}}) skriver ut sitt innehåll oskyddat. Använd vanliga block som {{#if}}.', node });
      } else if (!name || !(TEMPLATE_HELPERS as readonly string[]).includes(name)) {
        found.push({ code: 'print/unknown-helper', message: `Blocket "${name ?? '?'}" finns inte. Använd ${TEMPLATE_HELPERS.slice(0, 4).map((helper) => `{{#${helper}}}`).join(', ')}.`, node });
      }
      walk(block.program, context);
      walk(block.inverse, context);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement': {
      const partial = node as hbs.AST.PartialStatement;
      const name = nameOf(partial.name) ?? (partial.name as { original?: unknown }).original;
      if (typeof name !== 'string' || !partials.has(name)) {
        const hint = name === 'content' ? ' Den här filen är själv content; ta med standardinnehållet med {{> defaultContent}}.' : '';
        found.push({ code: 'print/unknown-partial', message: `Det finns ingen del (partial) "${typeof name === 'string' ? name : '(uttryck)'}".${hint} Tillgängliga: ${[...partials].join(', ')}.`, node });
      }
      if (node.type === 'PartialBlockStatement') walk((node as hbs.AST.PartialBlockStatement).program, context);
      return;
    }
    case 'Decorator':
    case 'DecoratorBlock':
      found.push({ code: 'print/unknown-helper', message: 'Dekoratorer ({{* }}) används inte i utskriftsmallar. Ta bort den.', node });
      return;
    default:
  }
}

/** The first characters of a node's source, for telling a raw block from an ordinary one (the AST does not say). */
function sourceAt(node: Node, lines: readonly string[], length: number): string {
  const { loc } = node;
  return loc ? (lines[loc.start.line - 1] ?? '').slice(loc.start.column, loc.start.column + length) : '';
}

/** `{{name arg}}` calls a helper; one we do not have would fail at compile time, so say so here. */
function checkHelper(mustache: hbs.AST.MustacheStatement, found: Found[]): void {
  const name = nameOf(mustache.path);
  const calls = mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0;
  if (calls && (!name || !(TEMPLATE_HELPERS as readonly string[]).includes(name))) {
    found.push({ code: 'print/unknown-helper', message: `Hjälpfunktionen "${name ?? '?'}" finns inte. Tillgängliga: ${TEMPLATE_HELPERS.join(', ')}.`, node: mustache });
  }
}

/** Handlebars' parse error, "Parse error on line 3: … ---^ Expecting …", as a located diagnostic. */
function syntaxDiagnostic(file: string, text: string, error: Error): Diagnostic {
  const [first, excerpt = '', caret = '', expecting = ''] = error.message.split('\n');
  const line = Number(/line (\d+)/.exec(first)?.[1] ?? 1);
  const before = excerpt.slice(0, Math.max(0, caret.indexOf('^'))).replace(/^\.\.\./, '');
  const lineText = text.split('\n')[line - 1] ?? '';
  // The excerpt drops line breaks; the longest tail of it found on the line gives the column.
  let col = 1;
  for (let length = Math.min(before.length, lineText.length); length > 0; length -= 1) {
    const index = lineText.indexOf(before.slice(before.length - length));
    if (index >= 0) {
      col = index + length + 1;
      break;
    }
  }
  const atEnd = /got 'EOF'/.test(expecting);
  const message = atEnd
    ? 'Mallen tar slut mitt i ett uttryck eller block: ett }} eller ett avslutande {{/…}} saknas.'
    : 'Syntaxfel i mallen: kontrollera {{ }} och att varje {{#block}} avslutas med {{/block}}.';
  return { code: 'print/syntax', severity: 'error', message: `${message} (handlebars: ${expecting || first})`, file, line, col };
}

/**
 * Every problem in a type's print template. `file` is the repository-relative path for the
 * diagnostics; the partials are those the renderer provides to a type's template.
 */
export function checkPrintTemplate(file: string, text: string, partials: readonly string[] = TYPE_PARTIALS): Diagnostic[] {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    return [syntaxDiagnostic(file, text, error as Error)];
  }
  const found: Found[] = [];
  walk(program, { found, partials: new Set(partials), lines: text.split('\n') });
  return found.map(({ code, message, node }) => ({
    code, severity: 'error', message, file,
    line: node.loc?.start.line ?? 1,
    col: (node.loc?.start.column ?? 0) + 1,
  }));
}
