/**
 * Watches a definitions folder and every folder in it, for `generate --watch` and the studio.
 * Each directory gets its own non-recursive watcher, set up before this returns, so a save right
 * after the call is seen (Node 20's recursive watching on Linux sets up asynchronously, and a
 * first save could be missed). Folders created later are added as they appear.
 */

import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FolderWatcher {
  close(): void;
}

/** `onChange` gets the changed path relative to `root`, `/`-separated. */
export function watchFolder(root: string, onChange: (path: string) => void): FolderWatcher {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (!name) return;
        const path = join(dir, name.toString());
        if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) add(path);
        onChange(relative(root, path).split(sep).join('/'));
      });
    } catch {
      return; // gone already, or not readable: nothing to watch there
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') add(join(dir, entry.name));
    }
  };
  add(root);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
