/** True when A and B are the same type (not merely assignable to each other). */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Fails to compile unless every entry is true: how a named interface is held equal to its schema's type. */
export type AllTrue<T extends true[]> = T;
