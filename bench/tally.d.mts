// Types of what the tests and scripts use from bench/tally.mjs (plain JavaScript).
export interface BlindRow {
  readonly round: string;
  readonly lo: number;
  readonly hi: number;
  readonly date: string;
  readonly file: string;
  readonly kind: 'paper' | 'passages';
  readonly method: 'rules' | 'learned';
  readonly extractor: string;
  readonly commit: string;
  readonly blind: 1 | 2;
  readonly right: number;
  readonly found: number;
  readonly expected: number;
  readonly nondefs: number | null;
  readonly source: string;
}
export interface MethodTotals {
  readonly files: number;
  readonly papers: number;
  readonly right: number;
  readonly found: number;
  readonly expected: number;
  readonly nondefs: number;
}
export const CSV: string;
export const COLUMNS: readonly string[];
export const METHODS: readonly ['rules', 'learned'];
export const FROM: number;
export function parseRounds(text: string, name?: string): BlindRow[];
export function totals(rows: readonly BlindRow[], from?: number, to?: number, kind?: 'paper' | 'passages'): Record<'rules' | 'learned', MethodTotals>;
export function scores(t: { right: number; found: number; expected: number }): { precision: number; recall: number; f1: number };
export function parseRange(arg: string): [number, number];
export function tallyTable(rows: readonly BlindRow[], ranges?: readonly (readonly [number, number])[]): string;
