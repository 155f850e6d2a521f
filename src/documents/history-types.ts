/**
 * What a document's validation may know about the patient beyond the document itself: whether
 * they are on sick leave on a day (from their certificates, through `sjukfall()`) and which
 * actors they have a valid consent for (from their consents). `createHistory()` builds it; a
 * validation without one treats both as unknown, and rules can say so.
 */

export interface History {
  /** True or false from the patient's certificates; undefined when the history has none to tell from. */
  onSickLeave(personId: string, date: string): boolean | undefined;
  /** The actors the patient has a valid consent for on the date; undefined when the history has no consents to tell from. */
  consentedActors(personId: string, date: string): readonly string[] | undefined;
}
