/** A typed column filled in order, grown as needed, sized ahead when the final length can be estimated. */
export class Column<T extends Int32Array | Int16Array | Uint16Array | Uint8Array | Float64Array> {
  #data: T;
  length = 0;
  constructor(readonly make: (n: number) => T) {
    this.#data = make(0);
  }
  /** Room for `n` more values; grown to `hint` when that is more (an estimate of the final length). */
  reserve(n: number, hint = 0): void {
    if (this.length + n <= this.#data.length) return;
    const grown = this.make(Math.max(this.length + n, Math.ceil(this.#data.length * 1.5), hint, 64));
    grown.set(this.#data.subarray(0, this.length));
    this.#data = grown;
  }
  push(value: number): void {
    if (this.length === this.#data.length) this.reserve(1);
    this.#data[this.length++] = value;
  }
  append(values: ArrayLike<number>): void {
    this.reserve(values.length);
    this.#data.set(values, this.length);
    this.length += values.length;
  }
  get data(): T {
    return this.#data;
  }
  /** The values, copied to a right-sized column only when much room was left (made by `make`, so a shared column stays shared). */
  done(): T {
    if (this.#data.length <= this.length * 1.25 + 1024) return this.#data.subarray(0, this.length) as T;
    const copy = this.make(this.length);
    copy.set(this.#data.subarray(0, this.length));
    return copy;
  }
}

/** `n` zeros as an Int32Array; on shared memory when `shared`, so that a worker thread is sent the column without a copy. */
export const int32Column = (n: number, shared: boolean): Int32Array => (shared ? new Int32Array(new SharedArrayBuffer(n * 4)) : new Int32Array(n));

/** `n` zeros as a Uint8Array; on shared memory when `shared` (see `int32Column`). */
export const uint8Column = (n: number, shared: boolean): Uint8Array => (shared ? new Uint8Array(new SharedArrayBuffer(n)) : new Uint8Array(n));
