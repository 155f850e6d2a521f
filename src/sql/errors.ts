/** A source that cannot be read or queried: a message for the user (Swedish), never a stack trace. */
export class SourceError extends Error {}
