import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

/**
 * A language server client over stdio (LSP's JSON-RPC, with Content-Length framing): sends
 * requests and notifications, answers the server's `workspace/configuration` requests from
 * `settings` (by section, as an editor does) and its other requests with nothing, and keeps
 * the diagnostics it publishes, by document.
 */
export class LanguageServerClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly diagnostics = new Map<string, Diagnostic[][]>();
  private readonly waiting: (() => void)[] = [];
  stderr = '';
  settings: Record<string, unknown> = {};

  constructor(command: string, args: string[], env: NodeJS.ProcessEnv) {
    this.server = spawn(command, args, { env, stdio: 'pipe' });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first diagnostics published for a document after `since` publications (a new version's). */
  async diagnosticsOf(uri: string, since = 0, timeoutMs = 15_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const published = this.diagnostics.get(uri)?.[since];
      if (published) return published;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}; server said: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  publishedCount(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  async stop(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    if (this.server.exitCode === null) await new Promise((resolve) => this.server.once('exit', resolve));
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === 'workspace/configuration') {
      const { items } = message.params as { items: { section?: string }[] };
      const result = items.map(({ section }) => (section === undefined ? this.settings : this.settings[section] ?? null));
      this.send({ id: message.id, result });
    } else if (message.method !== undefined && message.id !== undefined) {
      // Another request from the server (registerCapability, workDoneProgress/create...): accepted, with no result.
      this.send({ id: message.id, result: null });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, [...(this.diagnostics.get(uri) ?? []), diagnostics]);
      for (const wake of this.waiting.splice(0)) wake();
    } else if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    }
  }
}

/**
 * A proxy that refuses everything and records where each request went: with HTTP(S)_PROXY
 * pointing at it, a process has no network, and a test can tell what it tried to fetch.
 */
export async function refusingProxy(): Promise<{ url: string; requested: string[]; server: Server }> {
  const requested: string[] = [];
  const server = createServer((socket) => {
    socket.once('data', (data: Buffer) => {
      requested.push(data.toString('latin1').split('\r\n', 1)[0] ?? '');
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, requested, server };
}

/** VS Code's settings.json (dotted keys) as the nested settings a client sends the server. */
export function nestedSettings(flat: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    const last = parts.pop() ?? key;
    let node = nested;
    for (const part of parts) node = (node[part] ??= {}) as Record<string, unknown>;
    node[last] = value;
  }
  return nested;
}
