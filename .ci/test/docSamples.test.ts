import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Every ```ts / ```tsx sample of docs/*.md and the README is type-checked against the
 * packages' sources, as a host application would compile it: a guide cannot drift from the
 * API. Each sample is its own module. Names a sample takes from the reader's own app
 * (their auth, router, logger) are declared once in HOST below.
 */
const repo = resolve(import.meta.dirname, '../..');
const docs = [...readdirSync(join(repo, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`), 'README.md'];

interface Sample {
  doc: string;
  index: number;
  line: number;
  lang: 'ts' | 'tsx';
  code: string;
}

function samplesOf(doc: string): Sample[] {
  const text = readFileSync(join(repo, doc), 'utf8');
  return [...text.matchAll(/^```(tsx?)\n([\s\S]*?)^```/gm)].map((match, index) => ({
    doc,
    index,
    line: text.slice(0, match.index).split('\n').length + 1,
    lang: match[1] as 'ts' | 'tsx',
    code: match[2] ?? '',
  }));
}

/** What the samples borrow from the reader's application. */
const HOST = `
import type { GiftsApi } from '@giftkit/core';
import type { GiftKitSession } from '@giftkit/react';
declare global {
  /** The client the quick start creates once: createHttpGiftsClient(…) or your own. */
  const api: GiftsApi;
  const session: { jwt: string; refresh(): Promise<void> };
  const auth: { token: string };
  const user: { language: string };
  function useYourAuth(): { session: { customerId: string } | null };
  function openLogin(options?: { returnTo?: string }): void;
  const analytics: { track(name: string, data?: unknown): void };
  const logger: { warn(...args: unknown[]): void; info(...args: unknown[]): void };
  function signIn(): Promise<GiftKitSession>;
}
export {};
`;

const samples = docs.flatMap(samplesOf);
const dir = join(repo, 'node_modules/.cache/doc-samples');

function typeErrors(): Map<string, string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = samples.map((sample) => {
    const file = join(dir, `${sample.doc.replace(/[/.]/g, '_')}_${sample.index}.${sample.lang}`);
    const isModule = /^\s*(import|export)\s/m.test(sample.code);
    writeFileSync(file, isModule ? sample.code : `${sample.code}\nexport {};\n`);
    return file;
  });
  const host = join(dir, 'host.d.ts');
  writeFileSync(host, HOST);
  const program = ts.createProgram([host, ...files], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@giftkit/source'],
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    esModuleInterop: true,
  });
  const errors = new Map<string, string[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const at = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    const list = errors.get(file) ?? [];
    list.push(`line ${at}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    errors.set(file, list);
  }
  return new Map(samples.map((sample, i) => [`${sample.doc}:${sample.line}`, errors.get(files[i] ?? '') ?? []]));
}

describe('code samples in the docs', () => {
  const errors = typeErrors();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds samples in the guides', () => {
    expect(samples.length).toBeGreaterThan(20);
  });

  it.each([...errors.keys()])('%s type-checks', (where) => {
    expect(errors.get(where)).toEqual([]);
  });
});
