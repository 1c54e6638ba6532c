/** Reads ink sources from disk, resolving INCLUDE relative to the including file. Node only. */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { SourceReader } from '../story/compile.ts';

export function diskReader(root: string = process.cwd()): SourceReader {
  return {
    resolve: (name, from) => {
      if (isAbsolute(name)) return relative(root, name);
      return relative(root, resolve(root, from ? dirname(from) : '.', name));
    },
    read: (path) => readFileSync(resolve(root, path), 'utf8'),
  };
}
