/** The field kinds, sorted by name. A new kind is one file in `kinds/` and one line here. */

import type { FieldKind } from './kind.js';
import { findKind, getKind, registerKinds } from './kind-lookup.js';
import checkbox from './kinds/checkbox.js';
import choice from './kinds/choice.js';
import dateChoices from './kinds/date-choices.js';
import dateRange from './kinds/date-range.js';
import date from './kinds/date.js';
import diagnoses from './kinds/diagnoses.js';
import icf from './kinds/icf.js';
import integer from './kinds/integer.js';
import message from './kinds/message.js';
import multiChoice from './kinds/multi-choice.js';
import rows from './kinds/rows.js';
import sickLeavePeriods from './kinds/sick-leave-periods.js';
import textarea from './kinds/textarea.js';
import text from './kinds/text.js';
import typeahead from './kinds/typeahead.js';
import uncertainDate from './kinds/uncertain-date.js';
import visualAcuities from './kinds/visual-acuities.js';
import yesNo from './kinds/yes-no.js';

export const FIELD_KINDS: readonly FieldKind[] = [
  checkbox, choice, date, dateChoices, dateRange, diagnoses, icf, integer, message, multiChoice, rows,
  sickLeavePeriods, text, textarea, typeahead, uncertainDate, visualAcuities, yesNo,
];

registerKinds(FIELD_KINDS);

export { findKind, getKind };
