/** The controls, one file per field kind, sorted by kind as src/fields/registry.ts is. A new kind's control is one file and one line here. */

import checkbox from './checkbox.js';
import choice from './choice.js';
import dateChoices from './date-choices.js';
import dateRange from './date-range.js';
import date from './date.js';
import diagnoses from './diagnoses.js';
import icf from './icf.js';
import integer from './integer.js';
import { controlFor, registerControls, registeredKinds } from './lookup.js';
import message from './message.js';
import multiChoice from './multi-choice.js';
import rows from './rows.js';
import sickLeavePeriods from './sick-leave-periods.js';
import textarea from './textarea.js';
import text from './text.js';
import type { ControlSpec } from './types.js';
import typeahead from './typeahead.js';
import uncertainDate from './uncertain-date.js';
import visualAcuities from './visual-acuities.js';
import yesNo from './yes-no.js';

export const CONTROLS: readonly ControlSpec[] = [
  checkbox, choice, date, dateChoices, dateRange, diagnoses, icf, integer, message, multiChoice, rows,
  sickLeavePeriods, text, textarea, typeahead, uncertainDate, visualAcuities, yesNo,
];

registerControls(CONTROLS);

export { controlFor, registeredKinds };
