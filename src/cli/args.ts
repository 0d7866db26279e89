/** The word after `flag` in `args` (`--knowledge DIR` -> DIR), or undefined; `args` is left as it is. */
export function optionValue(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Like `optionValue`, but removes the flag and its word from `args`, so what remains are the positionals. */
export function takeOption(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}

/** Whether the switch `flag` is in `args`, removing it. */
export function takeSwitch(args: string[], flag: string): boolean {
  const at = args.indexOf(flag);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}
