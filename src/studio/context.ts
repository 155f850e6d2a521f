/** What the studio's routes share: the live definitions and the one PDF printer. */

import type { PdfPrinter } from '../render/pdf.js';
import type { Workspace } from './workspace.js';

export interface StudioContext {
  workspace: Workspace;
  printer: PdfPrinter;
  /** Open event streams, ended when the studio closes. */
  streams: Set<NodeJS.WritableStream & { end(): void }>;
}
