// One chunk for the first screen. Rolldown's automatic splitting gives every
// set of modules shared by the entry and some lazy chunk a chunk of its own:
// the first screen then loads ~25 small files, and each compresses alone
// (~10 KB gzip more in total than one file). This plugin finds the modules
// the entry reaches through static imports and puts them all in one chunk;
// lazy chunks import what they share with it from there.
//
// Barrels such as `radix-ui` (`import * as Slider from '@radix-ui/react-slider'`
// for every component) are followed only into the components their importer
// names: otherwise a Select used only in a lazy dialog would count as
// first-screen code because the Slider's import goes through the same barrel.

import type { Plugin } from 'vite';

export interface ModuleGraph {
  entries: readonly string[];
  /** The modules `id` imports statically when `importer` imported it (dynamic imports are lazy chunks). */
  staticImports(id: string, importer: string | undefined): readonly string[];
}

/** Every module reachable from the entries through static imports, entries included. */
export function staticClosure(graph: ModuleGraph): Set<string> {
  const modules = new Set<string>();
  const edges = new Set<string>();
  const stack: [string, string | undefined][] = graph.entries.map((id) => [id, undefined]);
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [id, importer] = top;
    const edge = `${importer ?? ''}\0${id}`;
    if (edges.has(edge)) continue;
    edges.add(edge);
    modules.add(id);
    for (const next of graph.staticImports(id, importer)) stack.push([next, id]);
  }
  return modules;
}

const NAMESPACE_REEXPORT = /import\s*\*\s*as\s+(\w+)\s+from\s*["']([^"']+)["']/g;

/** A barrel's `import * as Name from 'specifier'` lines, as name → specifier. */
export function namespaceReexports(barrelCode: string): Map<string, string> {
  return new Map([...barrelCode.matchAll(NAMESPACE_REEXPORT)].map((m) => [m[1]!, m[2]!]));
}

/**
 * The names `code` imports from `pkg` with `import { A, B as C } from 'pkg'`,
 * or undefined when it imports it any other way (then all of it counts).
 */
export function namedImportsFrom(code: string, pkg: string): string[] | undefined {
  const quoted = pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const any = new RegExp(`from\\s*["']${quoted}["']|import\\s*["']${quoted}["']`, 'g');
  const named = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${quoted}["']`, 'g');
  const namedCount = [...code.matchAll(named)].length;
  if (namedCount === 0 || namedCount !== [...code.matchAll(any)].length) return undefined;
  return [...code.matchAll(named)].flatMap((m) =>
    m[1]!
      .split(',')
      .map(
        (part) =>
          part
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]!,
      )
      .filter((name) => name !== ''),
  );
}

/** `node_modules/<pkg>/…` → pkg (scoped or not); undefined outside node_modules. */
export function packageOf(id: string): string | undefined {
  const m = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
  return m?.[1];
}

/**
 * The modules of `imported` a barrel needs for the names its importer uses;
 * all of them when the barrel is not a namespace barrel or the names are unknown.
 */
export function barrelImports(
  barrelCode: string,
  imported: readonly string[],
  names: readonly string[] | undefined,
): readonly string[] {
  const reexports = namespaceReexports(barrelCode);
  if (names === undefined || reexports.size < 2) return imported;
  const wanted = names.map((n) => reexports.get(n)).filter((s) => s !== undefined);
  if (wanted.length < names.length) return imported;
  return imported.filter((id) => wanted.some((spec) => packageOf(id) === spec));
}

/**
 * Returns the plugin and the chunk group for `build.rolldownOptions.output.
 * codeSplitting.groups`: the group's test reads the closure the plugin
 * computed once the module graph was complete (chunking runs after buildEnd).
 */
export function firstScreenChunk(name = 'app') {
  let firstScreen = new Set<string>();
  const plugin: Plugin = {
    name: 'first-screen-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const info = (id: string) => this.getModuleInfo(id);
      firstScreen = staticClosure({
        entries: ids.filter((id) => info(id)?.isEntry),
        staticImports: (id, importer) => {
          const imported = info(id)?.importedIds ?? [];
          const pkg = packageOf(id);
          const code = info(id)?.code;
          const importerCode = importer === undefined ? undefined : info(importer)?.code;
          if (pkg === undefined || !code || !importerCode) return imported;
          return barrelImports(code, imported, namedImportsFrom(importerCode, pkg));
        },
      });
    },
  };
  const group = { name, test: (id: string) => firstScreen.has(id) };
  return { plugin, group };
}
