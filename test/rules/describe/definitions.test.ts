/**
 * Every condition of every definition in definitions/ reads as Swedish: non-empty, and with no
 * field id, option id, path or JSON showing through. This is what the generated schemas, the
 * generated TypeScript and explanations of decisions show to people.
 */

import { describe, expect, it } from 'vitest';
import type { CertificateModel } from '../../../src/model/types.js';
import { conditionSites } from '../../../src/model/conditions.js';
import { optionsOf } from '../../../src/fields/shared.js';
import { conditionSentences, describeCondition, fieldConditions } from '../../../src/rules/describe/index.js';
import { project } from '../../helpers/project.js';

const { result } = project();

/** Ids that must not appear quoted as if they were names: fields' and options' (unless a label is the same). */
function rawIds(model: CertificateModel): string[] {
  const labels = new Set(model.fields.flatMap((field) => [field.label, ...optionsOf(field).map((option) => option.label)]));
  const ids = model.fields.flatMap((field) => [field.id, ...optionsOf(field).map((option) => option.id)]);
  return ids.filter((id) => !labels.has(id));
}

function leaks(text: string, model: CertificateModel): string[] {
  const found: string[] = [];
  if (text.trim() === '') found.push('empty');
  for (const raw of ['$', '{', '}', '[', ']', '_', 'undefined', 'null', 'NaN', '[object', 'okänt villkor']) if (text.includes(raw)) found.push(raw);
  const camel = text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g);
  if (camel) found.push(...camel);
  for (const id of rawIds(model)) if (text.includes(`”${id}”`)) found.push(id);
  return found;
}

describe('conditions of the definitions in words', () => {
  it.each(result.models.map((model) => [model.id, model] as const))('%s: every condition', (_id, model) => {
    const sites = conditionSites(model);
    for (const site of sites) {
      const text = describeCondition(site.condition, model);
      expect(leaks(text, model), `${site.owner} ${site.key}: ${text}`).toEqual([]);
    }
  });

  it.each(result.models.map((model) => [model.id, model] as const))('%s: every field’s sentences', (_id, model) => {
    for (const field of model.fields) {
      const text = conditionSentences(fieldConditions(model, field)).join(' ');
      expect(leaks(text || 'Alltid.', model), `${field.id}: ${text}`).toEqual([]);
    }
  });

  it('covers conditions of every kind of site', () => {
    const keys = new Set(result.models.flatMap((model) => conditionSites(model).map((site) => site.key)));
    expect([...keys].sort()).toEqual(['disabledIf', 'hideIf', 'required', 'showIf', 'unavailableIf', 'when']);
  });
});
