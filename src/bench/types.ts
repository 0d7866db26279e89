/** One measured figure: label, value with unit, the target it is checked against, and whether it met it. */
export interface BenchRow {
  label: string;
  value: string;
  target?: string;
  ok?: boolean;
}

export interface BenchSection {
  title: string;
  rows: BenchRow[];
}

/** Every module in src/bench/ (other than this one) exports `run` with this signature. */
export type BenchRun = () => Promise<BenchSection[]>;
