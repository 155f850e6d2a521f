/**
 * Shared blocks: `- include: <name>` brings in a block's sections and rules, and every
 * diagnostic still points at the file and line where the problem was written.
 */

import { describe, expect, it } from 'vitest';
import { compile, type CompileInput } from '../../src/compile.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadCodeSystems } from '../../src/codesystems/load.js';

const BLOCK = `sections:
  - id: dodsfall
    title: Dödsfallet
    fields:
      - id: dodsdatum
        kind: date
        label: Dödsdatum
        max: today
        required: true
rules:
  - id: dodsdatum-i-framtiden
    severity: warning
    target: dodsdatum
    when: { fact: dodsdatum, operator: dateAfter, value: { fact: today } }
    message: Kontrollera dödsdatum.
`;

function definition(extra = ''): string {
  return `id: exempel
version: "1.0"
name: Exempel
code: EX
recipient: SKV
issuers: [lakare]
delivery: { mode: onSign, availableIn1177: false }
sections:
  - id: forst
    title: Först
    fields:
      - { id: identitet, kind: text, label: Identiteten styrkt genom, maxLength: 27 }
  - include: dodsfall
  - id: sist
    title: Sist
    fields:
      - { id: kommentar, kind: text, label: Kommentar${extra} }
`;
}

function input(definitionText: string, blockText = BLOCK): CompileInput {
  return {
    definitions: [{ file: 'definitions/exempel/definition.yaml', folder: 'exempel', text: definitionText }],
    blocks: [{ name: 'dodsfall', file: 'definitions/_shared/blocks/dodsfall.yaml', text: blockText }],
    recipients: new Set(['SKV']),
    env: { codeSystems: loadCodeSystems() },
  };
}

describe('include', () => {
  it('puts the block’s sections where the include stands and adds its rules', () => {
    const result = compile(input(definition()));
    expect(result.diagnostics).toEqual([]);
    const [model] = result.models;
    expect(model.sections.map((section) => section.id)).toEqual(['forst', 'dodsfall', 'sist']);
    expect(model.fields.map((field) => field.id)).toEqual(['identitet', 'dodsdatum', 'kommentar']);
    expect(model.rules.map((rule) => rule.id)).toEqual(['dodsdatum-i-framtiden']);
  });

  it('locates a mistake inside the block in the block file', () => {
    const result = compile(input(definition(), BLOCK.replace('max: today', 'max: igår')));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^definitions\/_shared\/blocks\/dodsfall\.yaml:8:14 definition\/bad-date-limit /),
    ]);
  });

  it('locates a mistake after the include in the definition, not shifted by the included sections', () => {
    const result = compile(input(definition(', maxLenght: 5')));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^definitions\/exempel\/definition\.yaml:17:56 definition\/unknown-key Okänd nyckel "maxLenght"/),
    ]);
  });

  it('reports an unknown block at the include, with the blocks there are', () => {
    const result = compile(input(definition().replace('include: dodsfall', 'include: dodsfal')));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'definitions/exempel/definition.yaml:13:14 definition/unknown-block Det finns inget block "dodsfal" i definitions/_shared/blocks/ eller typens blocks/. Menade du "dodsfall"? Block: dodsfall.',
    ]);
  });

  it('checks a block’s own shape once, even when no definition includes it', () => {
    const result = compile({ ...input(definition()), blocks: [...input(definition()).blocks!, { name: 'trasig', file: 'definitions/_shared/blocks/trasig.yaml', text: 'sektioner: []\n' }] });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^definitions\/_shared\/blocks\/trasig\.yaml:1:1 definition\/missing-key Nyckeln "sections" saknas/),
      expect.stringMatching(/^definitions\/_shared\/blocks\/trasig\.yaml:1:1 definition\/unknown-key Okänd nyckel "sektioner".* Menade du "sections"\?/),
    ]);
  });
});

describe('include as a part, and a type’s own blocks', () => {
  const notices = `# Skicka-dialogen
- text: Skickas direkt till Försäkringskassan.
- when: { fact: identitet, operator: isAnswered }
  text: Identiteten är styrkt.
`;
  const partInput = (definitionText: string, blocks = [{ name: 'dialog', file: 'definitions/exempel/blocks/dialog.yaml', text: notices, type: 'exempel' }]): CompileInput => ({
    ...input(definitionText),
    blocks: [...input(definitionText).blocks!, ...blocks],
  });
  const withNotices = (value: string) => definition().replace('sections:', `lifecycle:\n  sendNotices: ${value}\nsections:`);

  it('puts a block that is a list where `{ include }` stands, checked and compiled as written there', () => {
    const result = compile(partInput(withNotices('{ include: dialog }')));
    expect(result.diagnostics).toEqual([]);
    expect(result.models[0].lifecycle!.sendNotices.map((notice) => notice.text)).toEqual(['Skickas direkt till Försäkringskassan.', 'Identiteten är styrkt.']);
    expect(result.models[0].source!.files).toEqual(['definitions/exempel/definition.yaml', 'definitions/exempel/blocks/dialog.yaml', 'definitions/_shared/blocks/dodsfall.yaml']);
  });

  it('locates a mistake inside the part in the block file', () => {
    const result = compile(partInput(withNotices('{ include: dialog }'), [{ name: 'dialog', file: 'definitions/exempel/blocks/dialog.yaml', text: notices.replace('  text: Identiteten', '  txt: Identiteten'), type: 'exempel' }]));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^definitions\/exempel\/blocks\/dialog\.yaml:3:3 definition\/missing-key Nyckeln "text" saknas i sendNotices\[1\]/),
      expect.stringMatching(/^definitions\/exempel\/blocks\/dialog\.yaml:4:3 definition\/unknown-key Okänd nyckel "txt"/),
    ]);
  });

  it('lets only that type include its own blocks', () => {
    const other = partInput(withNotices('{ include: dialog }').replace('id: exempel', 'id: annat'));
    other.definitions[0] = { ...other.definitions[0], file: 'definitions/annat/definition.yaml', folder: 'annat' };
    expect(compile(other).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['definition/unknown-block']);
  });

  it('finds a type’s own block before a shared one of the same name', () => {
    const own = { name: 'dodsfall', file: 'definitions/exempel/blocks/dodsfall.yaml', text: BLOCK.replace('title: Dödsfallet', 'title: Dödsfallet (egen)'), type: 'exempel' };
    const result = compile(partInput(definition(), [own]));
    expect(result.diagnostics).toEqual([]);
    expect(result.models[0].sections.find((section) => section.id === 'dodsfall')!.title).toBe('Dödsfallet (egen)');
  });

  it('refuses a list among the sections and a block of sections as a value', () => {
    const listAmongSections = compile(partInput(definition().replace('include: dodsfall', 'include: dialog')));
    expect(listAmongSections.diagnostics.map((diagnostic) => diagnostic.code)).toContain('definition/block-kind');
    const sectionsAsValue = compile(partInput(withNotices('{ include: dodsfall }')));
    expect(sectionsAsValue.diagnostics.map((diagnostic) => diagnostic.code)).toContain('definition/block-kind');
  });
});
