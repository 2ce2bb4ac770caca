/** Mean Earth radius (IUGG R1) in km, used for every great-circle distance in matching. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Fixed grid of points (about 5 km cells) for radius queries; exact distances are checked by the caller. */
export class GeoGrid {
  private static readonly CELL_DEG = 0.05;
  private readonly cells = new Map<number, number[]>();

  constructor(
    private readonly lats: ArrayLike<number>,
    private readonly lons: ArrayLike<number>,
  ) {
    for (let i = 0; i < lats.length; i++) {
      const key = this.key(this.row(lats[i]), this.col(lons[i]));
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
    }
  }

  private row(lat: number): number {
    return Math.floor((lat + 90) / GeoGrid.CELL_DEG);
  }

  private col(lon: number): number {
    return Math.floor((lon + 180) / GeoGrid.CELL_DEG);
  }

  private key(row: number, col: number): number {
    return row * 10_000 + col;
  }

  /** Indices of all points possibly within `km` of (lat, lon), in a fixed (deterministic) order. */
  near(lat: number, lon: number, km: number): number[] {
    const dLat = km / 110.5 + GeoGrid.CELL_DEG;
    const cos = Math.cos(Math.min(89, Math.abs(lat) + dLat) * RAD);
    const dLon = cos < 1e-6 ? 360 : km / (111.4 * cos) + GeoGrid.CELL_DEG;
    const r0 = this.row(Math.max(-90, lat - dLat));
    const r1 = this.row(Math.min(90, lat + dLat));
    const cellsWide = Math.ceil((2 * dLon) / GeoGrid.CELL_DEG) + 1;
    const out: number[] = [];
    if ((r1 - r0 + 1) * cellsWide > this.cells.size || dLon >= 180) {
      for (let i = 0; i < this.lats.length; i++) out.push(i);
      return out;
    }
    const c0 = this.col(lon - dLon);
    const c1 = this.col(lon + dLon);
    const cols = Math.round(360 / GeoGrid.CELL_DEG);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const list = this.cells.get(this.key(r, ((c % cols) + cols) % cols));
        if (list) for (const i of list) out.push(i);
      }
    }
    return out;
  }
}
