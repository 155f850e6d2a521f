// @generated from definitions/fk7472/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, DateRange } from './common.js';

/** Intyg om tillfällig föräldrapenning (FK7472), version 1.0: the answers by field id. */

export interface Fk7472Answers {
  /**
   * Ange diagnos eller symtom
   *
   * Obligatorisk.
   *
   * @question 55
   * @kind textarea
   * @maxLength 318
   */
  diagnosEllerSymtom?: string;
  /**
   * Jag bedömer att barnet inte ska vårdas i ordinarie tillsynsform
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"EN_ATTONDEL"`: 12,5 procent
   * - `"EN_FJARDEDEL"`: 25 procent
   * - `"HALVA"`: 50 procent
   * - `"TRE_FJARDEDELAR"`: 75 procent
   * - `"HELA"`: 100 procent
   *
   * @question 56
   * @kind sickLeavePeriods
   * @min today-90
   */
  periodEjOrdinarieTillsynsform?: { EN_ATTONDEL?: DateRange; EN_FJARDEDEL?: DateRange; HALVA?: DateRange; TRE_FJARDEDELAR?: DateRange; HELA?: DateRange };
}

/** A FK7472 certificate payload. */

export type Fk7472Certificate = CertificateEnvelope<"fk7472", "1.0", Fk7472Answers>;

export const Fk7472Type = {"type":"fk7472","version":"1.0","code":"FK7472","name":"Intyg om tillfällig föräldrapenning"} as const;
