package dev.rundown.alloy;

/** Collects the integer values a translation may compute and gives the Alloy bit width that holds them all. */
final class IntWidth {
  private long lo = 0;
  private long hi = 1;

  void include(long lo, long hi) {
    this.lo = Math.min(this.lo, lo);
    this.hi = Math.max(this.hi, hi);
  }

  /** The smallest two's complement width (at least 2) holding every included value. */
  int bits() {
    int bits = 2;
    while (-(1L << (bits - 1)) > lo || (1L << (bits - 1)) - 1 < hi) {
      bits++;
    }
    return bits;
  }
}
