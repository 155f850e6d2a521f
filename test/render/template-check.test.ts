/**
 * The print template check walks Handlebars' parsed template, so raw output is refused in every
 * spelling and each problem is located like a YAML diagnostic.
 */

import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { checkPrintTemplate } from '../../src/render/template-check.js';

const codes = (text: string) => checkPrintTemplate('definitions/x/print.hbs', text).map((found) => `${found.line}:${found.col} ${found.code}`);

describe('checkPrintTemplate', () => {
  it('accepts escaped output, the built-in blocks and the partials a type may include', () => {
    expect(codes('<h1>{{name}}</h1>\n{{#each sections}}{{#if title}}<h2>{{title}}</h2>{{else}}–{{/if}}{{/each}}\n{{> defaultContent}}{{> issuer}}')).toEqual([]);
    expect(codes('{{~name~}} {{!-- kommentar --}} \\{{inte ett uttryck}}')).toEqual([]);
  });

  it.each([
    ['{{{answer}}}', '1:1'],
    ['{{& answer}}', '1:1'],
    ['{{~{answer}~}}', '1:1'],
    ['{{~& answer~}}', '1:1'],
    ['<p>\n  {{{ answer }}}</p>', '2:3'],
    ['{{#each sections}}\n{{~{title}}}{{/each}}', '2:1'],
    ['{{#if x}}{{else}}{{{y}}}{{/if}}', '1:18'],
  ])('refuses raw output %j at %s', (text, at) => {
    expect(codes(text)).toEqual([`${at} print/raw-output`]);
  });

  it('agrees with Handlebars: everything it found raw is unescaped, everything else escaped', () => {
    const render = (text: string) => Handlebars.compile(text)({ answer: '<b>' });
    expect(render('{{~{answer}~}}')).toBe('<b>');
    expect(render('{{answer}}')).toBe('&lt;b&gt;');
  });

  it('refuses a raw block, decorators, unknown helpers and dynamic partial names', () => {
    expect(codes('{{{{raw}}}} {{x}} {{{{/raw}}}}')).toEqual(['1:1 print/raw-output']);
    expect(codes('{{*inline}}')).toEqual(['1:1 print/unknown-helper']);
    expect(codes('{{lookupFile "/etc/passwd"}}')).toEqual(['1:1 print/unknown-helper']);
    expect(codes('{{#hemligt}}x{{/hemligt}}')).toEqual(['1:1 print/unknown-helper']);
    expect(codes('{{> (whichPartial) }}')).toEqual(['1:1 print/unknown-partial']);
  });

  it('refuses unknown partials, and the template including itself', () => {
    expect(codes('{{> sidfot}}')).toEqual(['1:1 print/unknown-partial']);
    const [self] = checkPrintTemplate('f', '\n  {{> content}}');
    expect(self).toMatchObject({ code: 'print/unknown-partial', line: 2, col: 3 });
    expect(self.message).toContain('{{> defaultContent}}');
  });

  it('reports a syntax error at its line, in Swedish, with Handlebars’ detail', () => {
    const [error] = checkPrintTemplate('definitions/x/print.hbs', '<p>\n{{#if name}}\n<b>{{name}}</b>\n');
    expect(error).toMatchObject({ code: 'print/syntax', file: 'definitions/x/print.hbs', line: 4 });
    expect(error.message).toMatch(/^Mallen tar slut mitt i ett uttryck eller block/);
    const [unclosed] = checkPrintTemplate('f', 'Namn: {{name\n');
    expect(unclosed).toMatchObject({ code: 'print/syntax', line: 1, col: 13 });
    const [wrong] = checkPrintTemplate('f', '{{#if a}}x{{/each}}');
    expect(wrong).toMatchObject({ code: 'print/syntax', line: 1 });
    expect(wrong.message).toMatch(/^Syntaxfel i mallen/);
  });
});
