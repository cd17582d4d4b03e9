import type * as TS from 'typescript';

export type TypeScriptApi = typeof TS;

let loaded: Promise<TypeScriptApi> | undefined;

/** TypeScript's parser, loaded on first use (it is the heaviest module the engine has). */
export function loadTypeScript(): Promise<TypeScriptApi> {
  loaded ??= import('typescript').then((m) => (m as unknown as { default?: TypeScriptApi }).default ?? (m as unknown as TypeScriptApi));
  return loaded;
}

export interface Parser {
  parse(file: string, text: string): TS.SourceFile;
}

/** A syntax-only parse: no type checking, every JS/TS syntax form, JSX by extension. */
export function createParser(ts: TypeScriptApi): Parser {
  return {
    parse(file, text) {
      const kind = file.endsWith('.tsx')
        ? ts.ScriptKind.TSX
        : file.endsWith('.jsx')
          ? ts.ScriptKind.JSX
          : /\.[cm]?ts$/.test(file)
            ? ts.ScriptKind.TS
            : ts.ScriptKind.JS;
      return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    },
  };
}

/** The first syntax error TypeScript recorded while parsing, as line + message. */
export function firstSyntaxError(ts: TypeScriptApi, sf: TS.SourceFile): { line: number; message: string } | undefined {
  const diagnostics = (sf as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics;
  const first = diagnostics?.[0];
  if (!first) return undefined;
  return {
    line: sf.getLineAndCharacterOfPosition(first.start).line + 1,
    message: ts.flattenDiagnosticMessageText(first.messageText, ' '),
  };
}
