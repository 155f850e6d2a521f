/**
 * The page's state and what changes it: the chosen type and its live model, the runtime built
 * from it, one draft per type, the date the rules take as today, and the switches. Every change
 * that can alter a decision runs the rules at once (`run`), so what the page shows is always the
 * runtime's result for what is on screen.
 */

import { createRuntime, isIsoDate, todayIso, type Runtime } from '../../browser.js';
import type { CodeSystems } from '../../codesystems/types.js';
import type { CertificateModel } from '../../model/types.js';
import type { TypeState, TypeSummary } from '../protocol.js';
import type { Selection } from './components/explain.js';
import { draftFromCertificate, newDraft, type Draft } from './draft.js';
import { fitAnswers, runRules, type RuleRun } from './rules.js';

export type Panel = 'explain' | 'print' | 'examples';

export interface StudioState {
  types: TypeSummary[];
  typeId?: string;
  type?: TypeState;
  /** The model the runtime was built from: the type's last good one. */
  model?: CertificateModel;
  runtime?: Runtime;
  draft?: Draft;
  run?: RuleRun;
  today: string;
  todayText: string;
  showMissing: boolean;
  showHidden: boolean;
  selection?: Selection;
  panel: Panel;
  connected: boolean;
  examplesRevision: number;
  /** Something the page could not do, in Swedish; shown until the next success. */
  problem?: string;
}

const STORAGE = 'intyg-studio:draft:';

function saved(typeId: string): Draft | undefined {
  try {
    const text = sessionStorage.getItem(STORAGE + typeId);
    return text ? (JSON.parse(text) as Draft) : undefined;
  } catch {
    return undefined;
  }
}

export class Store {
  state: StudioState;
  private readonly listeners = new Set<() => void>();
  private readonly drafts = new Map<string, Draft>();
  private codeSystems?: CodeSystems;

  constructor() {
    const today = todayIso();
    this.state = { types: [], today, todayText: today, showMissing: false, showHidden: false, panel: 'explain', connected: true, examplesRevision: 0 };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<StudioState>, rerun = false): void {
    this.state = { ...this.state, ...patch };
    if (rerun) this.rerun();
    for (const listener of this.listeners) listener();
  }

  private rerun(): void {
    const { runtime, model, draft, today } = this.state;
    this.state.run = runtime && model && draft ? runRules(runtime, model, draft, today) : undefined;
    if (this.state.typeId && draft) {
      this.drafts.set(this.state.typeId, draft);
      try {
        sessionStorage.setItem(STORAGE + this.state.typeId, JSON.stringify(draft));
      } catch {
        // Private mode or a full storage: the draft just does not survive a reload.
      }
    }
  }

  setCodeSystems(codeSystems: CodeSystems): void {
    this.codeSystems = codeSystems;
    if (this.state.type) this.receiveType(this.state.type);
  }

  setTypes(types: TypeSummary[]): void {
    this.set({ types });
  }

  setConnected(connected: boolean): void {
    if (connected !== this.state.connected) this.set({ connected });
  }

  setProblem(problem?: string): void {
    this.set({ problem });
  }

  chooseType(typeId: string): void {
    if (typeId === this.state.typeId) return;
    this.set({ typeId, type: undefined, model: undefined, runtime: undefined, draft: undefined, run: undefined, selection: undefined, problem: undefined });
  }

  /** A type's state from the server (first load or a recompile): a new model gets a new runtime and keeps the answers that fit. */
  receiveType(state: TypeState): void {
    if (state.id !== this.state.typeId) return;
    const before = this.state.model;
    const model = state.model;
    const sameModel = before && model && before.source?.fingerprint === model.source?.fingerprint && before.id === model.id;
    if (!model || !this.codeSystems || sameModel) {
      this.set({ type: state, ...(sameModel ? { model: before } : {}) });
      return;
    }
    const runtime = createRuntime([model], this.codeSystems);
    const current = this.state.draft ?? this.drafts.get(state.id) ?? saved(state.id) ?? newDraft();
    const draft = before ? fitAnswers(runtime, before, model, current, this.state.today) : current;
    this.set({ type: state, model, runtime, draft }, true);
  }

  answer(fieldId: string, value: unknown): void {
    const draft = this.state.draft;
    if (!draft) return;
    const answers = { ...draft.answers };
    if (value === undefined) delete answers[fieldId];
    else answers[fieldId] = value;
    this.set({ draft: { ...draft, answers, touched: { ...draft.touched, [fieldId]: true } } }, true);
  }

  setDraft(draft: Draft): void {
    this.set({ draft }, true);
  }

  newDraft(): void {
    this.set({ draft: newDraft(this.state.draft?.envelope) }, true);
  }

  loadExample(certificate: unknown, today?: string): void {
    const patch: Partial<StudioState> = { draft: draftFromCertificate(certificate) };
    if (today && isIsoDate(today)) Object.assign(patch, { today, todayText: today });
    this.set(patch, true);
  }

  /** The date field as typed; the rules take it once it is a whole date. */
  setToday(text: string): void {
    if (isIsoDate(text)) this.set({ todayText: text, today: text }, true);
    else this.set({ todayText: text });
  }

  toggle(key: 'showMissing' | 'showHidden', on: boolean): void {
    this.set({ [key]: on });
  }

  explain(selection: Selection): void {
    this.set({ selection, panel: 'explain' });
  }

  setPanel(panel: Panel): void {
    this.set({ panel });
  }

  examplesChanged(typeId: string): void {
    if (typeId === this.state.typeId) this.set({ examplesRevision: this.state.examplesRevision + 1 });
  }
}
