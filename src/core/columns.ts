/** A typed column filled in order, grown as needed, sized ahead when the final length can be estimated. */
export class Column<T extends Int32Array | Int16Array | Uint16Array | Uint8Array> {
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
  /** The values, copied to a right-sized column only when much room was left. */
  done(): T {
    return (this.#data.length > this.length * 1.25 + 1024 ? this.#data.slice(0, this.length) : this.#data.subarray(0, this.length)) as T;
  }
}
