/** Field, section, rule and option ids are unique, since answers and results are keyed by them. */
import type { SemanticCheck } from './check.js';
import type { OptionModel, Pointer } from '../types.js';
import { locate } from '../../definition/source.js';

const check: SemanticCheck = {
  id: 'duplicate-ids',
  description: 'Id för fält, avsnitt, regler och svarsalternativ är unika.',
  codes: ['definition/duplicate-id'],
  run({ model, source, report }) {
    const seen = new Map<string, number>();
    const claim = (scope: string, id: string, pointer: Pointer, what: string) => {
      const key = `${scope}:${id}`;
      const line = seen.get(key);
      if (line !== undefined) {
        report(pointer, 'definition/duplicate-id', `${what} "${id}" finns redan på rad ${line}. Ge det ett eget id.`);
      } else seen.set(key, locate(source, pointer).line);
    };
    for (const section of model.sections) claim('section', section.id, [...section.pointer, 'id'], 'Avsnittet');
    for (const field of model.fields) {
      claim('field', field.id, [...field.pointer, 'id'], 'Fältet');
      const options = (field.props.options as OptionModel[] | undefined) ?? [];
      options.forEach((option, index) => claim(`option:${field.id}`, option.id, [...field.pointer, 'options', index, 'id'], 'Alternativet'));
    }
    for (const rule of model.rules) claim('rule', rule.id, [...rule.pointer, 'id'], 'Regeln');
  },
};

export default check;
