// @generated from definitions/*/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

export * from './common.js';
export { type Ag114Answers, type Ag114Certificate, Ag114Type } from './ag114.js';
import type { Ag114Certificate } from './ag114.js';
export { type Ag7804Answers, type Ag7804Certificate, Ag7804Type } from './ag7804.js';
import type { Ag7804Certificate } from './ag7804.js';
export { type Arende1177Answers, type Arende1177Case, Arende1177Type } from './arende-1177.js';
import type { Arende1177Case } from './arende-1177.js';
export { type DbAnswers, type DbCertificate, DbType } from './db.js';
import type { DbCertificate } from './db.js';
export { type DoiAnswers, type DoiCertificate, DoiType } from './doi.js';
import type { DoiCertificate } from './doi.js';
export { type Fk3221Answers, type Fk3221Certificate, Fk3221Type } from './fk3221.js';
import type { Fk3221Certificate } from './fk3221.js';
export { type Fk3226Answers, type Fk3226Certificate, Fk3226Type } from './fk3226.js';
import type { Fk3226Certificate } from './fk3226.js';
export { type Fk7210Answers, type Fk7210Certificate, Fk7210Type } from './fk7210.js';
import type { Fk7210Certificate } from './fk7210.js';
export { type Fk7426Answers, type Fk7426Certificate, Fk7426Type } from './fk7426.js';
import type { Fk7426Certificate } from './fk7426.js';
export { type Fk7427Answers, type Fk7427Certificate, Fk7427Type } from './fk7427.js';
import type { Fk7427Certificate } from './fk7427.js';
export { type Fk7472Answers, type Fk7472Certificate, Fk7472Type } from './fk7472.js';
import type { Fk7472Certificate } from './fk7472.js';
export { type Fk7800Answers, type Fk7800Certificate, Fk7800Type } from './fk7800.js';
import type { Fk7800Certificate } from './fk7800.js';
export { type Fk7801Answers, type Fk7801Certificate, Fk7801Type } from './fk7801.js';
import type { Fk7801Certificate } from './fk7801.js';
export { type Fk7802Answers, type Fk7802Certificate, Fk7802Type } from './fk7802.js';
import type { Fk7802Certificate } from './fk7802.js';
export { type Fk7804V1_2Answers, type Fk7804V1_2Certificate, Fk7804V1_2Type } from './fk7804.v1.2.js';
import type { Fk7804V1_2Certificate } from './fk7804.v1.2.js';
export { type Fk7804V2_0Answers, type Fk7804V2_0Certificate, Fk7804Type, type Fk7804Answers, type Fk7804Certificate, type Fk7804AnyVersion } from './fk7804.js';
import type { Fk7804V2_0Certificate } from './fk7804.js';
export { type Fk7809Answers, type Fk7809Certificate, Fk7809Type } from './fk7809.js';
import type { Fk7809Certificate } from './fk7809.js';
export { type Fk7810Answers, type Fk7810Certificate, Fk7810Type } from './fk7810.js';
import type { Fk7810Certificate } from './fk7810.js';
export { type SamtyckeArbetsgivareAnswers, type SamtyckeArbetsgivareConsent, SamtyckeArbetsgivareType } from './samtycke-arbetsgivare.js';
import type { SamtyckeArbetsgivareConsent } from './samtycke-arbetsgivare.js';
export { type SamtyckeExternaAktorerAnswers, type SamtyckeExternaAktorerConsent, SamtyckeExternaAktorerType } from './samtycke-externa-aktorer.js';
import type { SamtyckeExternaAktorerConsent } from './samtycke-externa-aktorer.js';
export { type Tstrk1007Answers, type Tstrk1007Certificate, Tstrk1007Type } from './tstrk1007.js';
import type { Tstrk1007Certificate } from './tstrk1007.js';
export { type Tstrk1031Answers, type Tstrk1031Certificate, Tstrk1031Type } from './tstrk1031.js';
import type { Tstrk1031Certificate } from './tstrk1031.js';
export { type VardkontaktRehabAnswers, type VardkontaktRehabRegistration, VardkontaktRehabType } from './vardkontakt-rehab.js';
import type { VardkontaktRehabRegistration } from './vardkontakt-rehab.js';

/** Every certificate type and version this build knows. */
export type AnyCertificate = Ag114Certificate | Ag7804Certificate | DbCertificate | DoiCertificate | Fk3221Certificate | Fk3226Certificate | Fk7210Certificate | Fk7426Certificate | Fk7427Certificate | Fk7472Certificate | Fk7800Certificate | Fk7801Certificate | Fk7802Certificate | Fk7804V1_2Certificate | Fk7804V2_0Certificate | Fk7809Certificate | Fk7810Certificate | Tstrk1007Certificate | Tstrk1031Certificate;
export const CERTIFICATE_TYPES = ["ag114","ag7804","db","doi","fk3221","fk3226","fk7210","fk7426","fk7427","fk7472","fk7800","fk7801","fk7802","fk7804","fk7809","fk7810","tstrk1007","tstrk1031"] as const;
/** The versions of each type, oldest first; the last is the current one. */
export const CERTIFICATE_VERSIONS = {"ag114":["2.0"],"ag7804":["2.0"],"arende-1177":["1.0"],"db":["1.0"],"doi":["1.0"],"fk3221":["1.0"],"fk3226":["1.0"],"fk7210":["1.0"],"fk7426":["1.0"],"fk7427":["1.0"],"fk7472":["1.0"],"fk7800":["1.2"],"fk7801":["1.1"],"fk7802":["1.1"],"fk7804":["1.2","2.0"],"fk7809":["1.0"],"fk7810":["1.0"],"samtycke-arbetsgivare":["1.0"],"samtycke-externa-aktorer":["1.0"],"tstrk1007":["7.0"],"tstrk1031":["4.0"],"vardkontakt-rehab":["1.0"]} as const;

/** Every document type this build knows: certificates, consents, registrations and cases. */
export type AnyDocument = Ag114Certificate | Ag7804Certificate | Arende1177Case | DbCertificate | DoiCertificate | Fk3221Certificate | Fk3226Certificate | Fk7210Certificate | Fk7426Certificate | Fk7427Certificate | Fk7472Certificate | Fk7800Certificate | Fk7801Certificate | Fk7802Certificate | Fk7804V1_2Certificate | Fk7804V2_0Certificate | Fk7809Certificate | Fk7810Certificate | SamtyckeArbetsgivareConsent | SamtyckeExternaAktorerConsent | Tstrk1007Certificate | Tstrk1031Certificate | VardkontaktRehabRegistration;
export const DOCUMENT_TYPES = {"ag114":"certificate","ag7804":"certificate","arende-1177":"case","db":"certificate","doi":"certificate","fk3221":"certificate","fk3226":"certificate","fk7210":"certificate","fk7426":"certificate","fk7427":"certificate","fk7472":"certificate","fk7800":"certificate","fk7801":"certificate","fk7802":"certificate","fk7804":"certificate","fk7809":"certificate","fk7810":"certificate","samtycke-arbetsgivare":"consent","samtycke-externa-aktorer":"consent","tstrk1007":"certificate","tstrk1031":"certificate","vardkontakt-rehab":"registration"} as const;
