/** Multi-line free text (TextArea); behaves as `text`, prints with its line breaks. */

import { createTextKind } from './text.js';

export default createTextKind('textarea', 'Flera rader fritext (TextArea).');
