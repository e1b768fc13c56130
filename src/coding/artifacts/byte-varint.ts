/** Unsigned LEB128 varints: the building block of the compact PTP artifact and the search index ids. */
export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  byte(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    this.byte(rest);
  }

  bytes(values: Uint8Array): void {
    for (const value of values) this.byte(value);
  }

  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  offset = 0;
  /** `endMessage`: the error when the bytes end before a value does. */
  constructor(private readonly buffer: Uint8Array, private readonly endMessage = "Unexpected end of artifact") {}

  byte(): number {
    const value = this.buffer[this.offset++];
    if (value === undefined) throw new Error(this.endMessage);
    return value;
  }

  varint(): number {
    const first = this.buffer[this.offset];
    if (first !== undefined && first < 0x80) {
      this.offset++;
      return first;
    }
    let value = 0;
    let scale = 1;
    for (;;) {
      const next = this.byte();
      value += (next & 0x7f) * scale;
      if (next < 0x80) return value;
      scale *= 128;
    }
  }

  bytes(count: number): Uint8Array {
    if (this.offset + count > this.buffer.length) throw new Error(this.endMessage);
    const slice = this.buffer.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }
}
