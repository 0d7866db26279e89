import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** True when the module with this `import.meta.url` is the script node was started with (not imported by a test). */
export function isMain(moduleUrl: string): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(argv1)).href;
  } catch {
    return false;
  }
}
