import { Matrix, SVD } from 'ml-matrix';
import type { CaPoint, CorrespondenceAnalysis } from '../model/index.js';

/** A dimension whose principal inertia is below this share of the total is rounding, not structure. */
const NEGLIGIBLE = 1e-10;

/**
 * Simple correspondence analysis of a contingency table (Benzécri; Greenacre 2017), as R's
 * `ca::ca`: the SVD of the standardized residuals S = D_r^{-1/2}(P − r cᵀ)D_c^{-1/2}, principal
 * coordinates F = D_r^{-1/2} U Σ for the rows and G = D_c^{-1/2} V Σ for the columns, principal
 * inertias σ². Empty rows and columns are left out (their profile is undefined). Each dimension's
 * sign is fixed so the row with the largest |u| is positive, so reruns draw the same map.
 */
export function correspondence(
  table: readonly (readonly number[])[],
  rowIds: readonly string[],
  colIds: readonly string[],
  columns: 'sector' | 'period',
): CorrespondenceAnalysis {
  const rowSums = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = colIds.map((_, j) => table.reduce((a, row) => a + row[j]!, 0));
  const rows = rowIds.map((_, i) => i).filter((i) => rowSums[i]! > 0);
  const cols = colIds.map((_, j) => j).filter((j) => colSums[j]! > 0);
  const emptyRows = rowIds.filter((_, i) => !(rowSums[i]! > 0));
  const emptyCols = colIds.filter((_, j) => !(colSums[j]! > 0));
  const total = rows.reduce((a, i) => a + rowSums[i]!, 0);
  const none = (note: string, chiSquare = 0): CorrespondenceAnalysis => ({
    columns,
    total,
    chiSquare,
    totalInertia: total > 0 ? chiSquare / total : 0,
    inertias: [],
    rows: [],
    cols: [],
    emptyRows,
    emptyCols,
    note,
  });
  const kind = columns === 'sector' ? 'sector' : 'period';
  if (rows.length < 2 || cols.length < 2) {
    const what =
      rows.length === 0
        ? `no factor has definitions in any ${kind}`
        : rows.length < 2
          ? `only one factor has definitions in a ${kind}`
          : `only one ${kind} has definitions`;
    return none(`No map: ${what}, so there is no association between factors and ${kind}s to show.`);
  }
  const r = rows.map((i) => rowSums[i]! / total);
  const c = cols.map((j) => colSums[j]! / total);
  const residuals = rows.map((i, a) => cols.map((j, b) => (table[i]![j]! / total - r[a]! * c[b]!) / Math.sqrt(r[a]! * c[b]!)));
  const rowInertia = residuals.map((row) => row.reduce((s, x) => s + x * x, 0));
  const colInertia = cols.map((_, b) => residuals.reduce((s, row) => s + row[b]! * row[b]!, 0));
  const totalInertia = rowInertia.reduce((a, b) => a + b, 0);
  const chiSquare = total * totalInertia;
  if (!(totalInertia > 1e-14)) return none(`No map: every factor is spread over the ${kind}s in the same proportions (total inertia 0).`, chiSquare);

  const svd = new SVD(new Matrix(residuals), { autoTranspose: true });
  const sigma = svd.diagonal;
  const maxDims = Math.min(rows.length, cols.length) - 1;
  const dims = sigma.map((s, k) => ({ s, k })).filter((d) => d.k < maxDims && d.s * d.s > NEGLIGIBLE * totalInertia);
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  const signs = dims.map(({ k }) => {
    let best = 0;
    for (let a = 1; a < rows.length; a++) if (Math.abs(u.get(a, k)) > Math.abs(u.get(best, k)) + 1e-12) best = a;
    return u.get(best, k) < 0 ? -1 : 1;
  });
  const inertias = dims.map(({ s }) => s * s);
  const point = (id: string, mass: number, inertia: number, coordinates: number[]): CaPoint => ({
    id,
    mass,
    inertia: inertia / totalInertia,
    coordinates,
    contributions: coordinates.map((x, k) => (mass * x * x) / inertias[k]!),
    // A point at the centre has no direction: no dimension represents it.
    quality: coordinates.map((x) => (inertia > 0 ? (mass * x * x) / inertia : 0)),
  });
  return {
    columns,
    total,
    chiSquare,
    totalInertia,
    inertias,
    rows: rows.map((i, a) =>
      point(
        rowIds[i]!,
        r[a]!,
        rowInertia[a]!,
        dims.map(({ s, k }, d) => (signs[d]! * u.get(a, k) * s) / Math.sqrt(r[a]!)),
      ),
    ),
    cols: cols.map((j, b) =>
      point(
        colIds[j]!,
        c[b]!,
        colInertia[b]!,
        dims.map(({ s, k }, d) => (signs[d]! * v.get(b, k) * s) / Math.sqrt(c[b]!)),
      ),
    ),
    emptyRows,
    emptyCols,
    note: undefined,
  };
}
