/**
 * The public surface of `src/index.ts`, types included, as text: one block per exported name
 * with its kind and shape, read through the TypeScript compiler API (no build needed).
 * Documentation comments are not part of it, so only a change to the types shows up.
 */
import { join } from 'node:path';
import ts from 'typescript';

const FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

function load(packageRoot: string): { checker: ts.TypeChecker; entry: ts.SourceFile } {
  const configPath = join(packageRoot, 'tsconfig.build.json');
  const config: unknown = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path)).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, packageRoot, undefined, configPath);
  const entryPath = join(packageRoot, 'src/index.ts');
  // Every src file, so ambient declarations (src/web.d.ts) resolve as they do in the build.
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
  const entry = program.getSourceFile(entryPath);
  if (!entry) throw new Error(`no source file at ${entryPath}`);
  return { checker: program.getTypeChecker(), entry };
}

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  return `flags ${f}`;
}

/** `name?: type` for every property and `(…) => …` for every call signature, one per line. */
function members(checker: ts.TypeChecker, type: ts.Type, at: ts.Node): string[] {
  const lines = type.getCallSignatures().map((s) => `  ${checker.signatureToString(s, at, FORMAT)}`);
  for (const prop of checker.getPropertiesOfType(type)) {
    const optional = prop.flags & ts.SymbolFlags.Optional ? '?' : '';
    const readonly = (prop.declarations ?? []).some((d) => ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) ? 'readonly ' : '';
    lines.push(`  ${readonly}${prop.name}${optional}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(prop, at), at, FORMAT)}`);
  }
  return lines;
}

function describeSymbol(checker: ts.TypeChecker, exported: ts.Symbol, at: ts.Node): string {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const kind = kindOf(symbol);
  const head = `${kind} ${exported.name}`;
  if (kind === 'interface') {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const bases = (type.isClassOrInterface() ? checker.getBaseTypes(type) : []).map((b) => checker.typeToString(b, at, FORMAT));
    return [`${head}${bases.length ? ` extends ${bases.join(', ')}` : ''}`, ...members(checker, type, at)].join('\n');
  }
  if (kind === 'type') {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    return `${head} = ${checker.typeToString(type, at, FORMAT | ts.TypeFormatFlags.InTypeAlias)}`;
  }
  if (kind === 'class') {
    const ctor = checker.getTypeOfSymbolAtLocation(symbol, at);
    const ctors = ctor.getConstructSignatures().map((s) => `  new ${checker.signatureToString(s, at, FORMAT)}`);
    return [head, ...ctors, ...members(checker, checker.getDeclaredTypeOfSymbol(symbol), at)].join('\n');
  }
  return `${head}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, at), at, FORMAT)}`;
}

/** Every export of the package entry, sorted by name, described as above. */
export function publicTypeSurface(packageRoot: string): string {
  const { checker, entry } = load(packageRoot);
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  if (!moduleSymbol) throw new Error('the entry is not a module');
  return checker
    .getExportsOfModule(moduleSymbol)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((symbol) => describeSymbol(checker, symbol, entry))
    .join('\n\n')
    .replace(/import\("[^"]*"\)\./g, ''); // types are printed as `import(".").Offer`: keep `Offer`
}
