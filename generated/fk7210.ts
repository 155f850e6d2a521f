// @generated from definitions/fk7210/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, IsoDate } from './common.js';

/** Intyg om graviditet (FK7210), version 1.0: the answers by field id. */

export interface Fk7210Answers {
  /**
   * Datum
   *
   * Obligatorisk.
   *
   * @question 54
   * @kind date
   * @min today
   * @max today+1y
   */
  beraknatFodelsedatum?: IsoDate;
}

/** A FK7210 certificate payload. */

export type Fk7210Certificate = CertificateEnvelope<"fk7210", "1.0", Fk7210Answers>;

export const Fk7210Type = {"type":"fk7210","version":"1.0","code":"FK7210","name":"Intyg om graviditet"} as const;
