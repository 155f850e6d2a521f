/** The kinds a `rows` column may have: simple values a table cell can hold. */
export const COLUMN_KINDS = ['text', 'textarea', 'date', 'choice', 'yesNo', 'integer'] as const;
