/** The page's calls to the studio server; every failure becomes an ApiFailure with the server's Swedish message. */

import type { CodeSearchResult, CodeSystemId, ErrorBody, ExampleFile, PreviewStatus, SaveResult, TypeState, TypeSummary } from '../protocol.js';
import type { CodeSystems } from '../../codesystems/types.js';

export class ApiFailure extends Error {
  constructor(message: string, readonly code: string, readonly status: number) {
    super(message);
  }
}

async function check(response: Response): Promise<Response> {
  if (response.ok) return response;
  let body: Partial<ErrorBody> = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not the studio answering (a proxy, a dropped connection): say so plainly.
  }
  throw new ApiFailure(body.message ?? `Studion svarade ${response.status}.`, body.code ?? 'http', response.status);
}

async function get<T>(url: string): Promise<T> {
  return (await (await check(await fetch(url))).json()) as T;
}

async function post(url: string, body: unknown): Promise<Response> {
  return check(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

export const api = {
  types: () => get<{ types: TypeSummary[] }>('/studio/api/types'),
  type: (id: string) => get<TypeState>(`/studio/api/types/${encodeURIComponent(id)}`),
  codeSystems: () => get<CodeSystems>('/studio/api/codesystems'),
  icd10se: async () => (await check(await fetch('/studio/api/icd10se-codes.txt'))).text(),
  search: (system: CodeSystemId, q: string) => get<CodeSearchResult>(`/studio/api/codes/${system}?q=${encodeURIComponent(q)}`),
  examples: (id: string) => get<{ names: string[] }>(`/studio/api/types/${encodeURIComponent(id)}/examples`),
  example: (id: string, name: string) => get<ExampleFile>(`/studio/api/types/${encodeURIComponent(id)}/examples/${encodeURIComponent(name)}`),
  saveExample: async (id: string, body: { name: string; certificate: unknown; today: string; overwrite?: boolean }) =>
    (await (await post(`/studio/api/types/${encodeURIComponent(id)}/examples`, body)).json()) as SaveResult,
  print: async (body: { certificate: unknown; status: PreviewStatus; hide: string[]; today: string }) => (await post('/studio/api/print', body)).blob(),
};

export interface StudioEvents {
  hello(types: TypeSummary[]): void;
  type(state: TypeState): void;
  types(types: TypeSummary[]): void;
  examples(id: string): void;
  connection(open: boolean): void;
}

/** Follows the server's events; EventSource reconnects by itself, and `hello` comes again after each reconnect. */
export function listen(handlers: StudioEvents): () => void {
  const source = new EventSource('/studio/api/events');
  const on = <T>(name: string, handle: (data: T) => void) => source.addEventListener(name, (event) => handle(JSON.parse((event as MessageEvent<string>).data) as T));
  on<{ types: TypeSummary[] }>('hello', (data) => handlers.hello(data.types));
  on<TypeState>('type', handlers.type);
  on<TypeSummary[]>('types', handlers.types);
  on<{ id: string }>('examples', (data) => handlers.examples(data.id));
  source.addEventListener('open', () => handlers.connection(true));
  source.addEventListener('error', () => handlers.connection(false));
  return () => source.close();
}
