/**
 * Texts a reader sees or a system keys on may not be empty: the certificate's name, code and
 * version, section titles, questions, option and column labels, message texts and rule messages.
 * An empty one passes the shape check (it is a string) and would print or send as nothing.
 */
import type { SemanticCheck } from './check.js';
import { getKind } from '../../fields/registry.js';
import type { Pointer } from '../types.js';

const blank = (value: unknown) => typeof value === 'string' && value.trim() === '';

const check: SemanticCheck = {
  id: 'empty-texts',
  description: 'Namn, kod, version, rubriker, frågor, alternativ och meddelanden är inte tomma.',
  codes: ['definition/empty-text'],
  run({ model, report }) {
    const flag = (value: unknown, pointer: Pointer, what: string) => {
      if (blank(value)) report(pointer, 'definition/empty-text', `${what} är tom. Skriv texten, ordagrant som i den nationella blanketten.`);
    };
    flag(model.name, ['name'], 'name (intygets namn)');
    flag(model.code, ['code'], 'code (blankettkoden)');
    flag(model.version, ['version'], 'version');
    for (const section of model.sections) flag(section.title, [...section.pointer, 'title'], `Rubriken för avsnittet "${section.id}"`);
    for (const field of model.fields) {
      if (getKind(field.kind).hasAnswer) flag(field.label, [...field.pointer, 'label'], `Frågan (label) för fältet "${field.id}"`);
      else flag(field.props.text, [...field.pointer, 'text'], `Meddelandet (text) i "${field.id}"`);
      ((field.props.options as Array<{ id: string; label: unknown }> | undefined) ?? []).forEach((option, index) =>
        flag(option.label, [...field.pointer, 'options', index, 'label'], `Texten för alternativet "${option.id}"`));
      ((field.props.columns as Array<{ id: string; label: unknown }> | undefined) ?? []).forEach((column, index) =>
        flag(column.label, [...field.pointer, 'columns', index, 'label'], `Frågan (label) för kolumnen "${column.id}"`));
    }
    for (const rule of model.rules) flag(rule.message, [...rule.pointer, 'message'], `Meddelandet i regeln "${rule.id}"`);
    for (const entry of model.print.hideable) flag(entry.replacement, [...entry.pointer, 'replacement'], `Ersättningstexten för "${entry.id}"`);
  },
};

export default check;
