// @generated from definitions/*/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

export * from './common.js';
export { type Ag114Answers, type Ag114Certificate, Ag114Type } from './ag114.js';
import type { Ag114Certificate } from './ag114.js';
export { type DbAnswers, type DbCertificate, DbType } from './db.js';
import type { DbCertificate } from './db.js';
export { type DoiAnswers, type DoiCertificate, DoiType } from './doi.js';
import type { DoiCertificate } from './doi.js';
export { type Fk7804Answers, type Fk7804Certificate, Fk7804Type } from './fk7804.js';
import type { Fk7804Certificate } from './fk7804.js';

/** Every certificate type this build knows. */
export type AnyCertificate = Ag114Certificate | DbCertificate | DoiCertificate | Fk7804Certificate;
export const CERTIFICATE_TYPES = ["ag114","db","doi","fk7804"] as const;
