/**
 * Nouns that describe a person by an age range, so "a 14-year-old" and "a teenager" may be one person and "a
 * 44-year-old" and "a teenager" are not. Ranges in years, inclusive, from Merriam-Webster's definitions ("teenager:
 * a person who is in his or her teens"; "octogenarian: a person whose age is in the eighties"; "toddler: … usually
 * between one and three years old"; "twentysomething: a person in his or her twenties").
 */
export const AGE_GROUP_NOUNS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['toddler', [1, 3]],
  ['teenager', [13, 19]],
  ['teen', [13, 19]],
  ['twentysomething', [20, 29]],
  ['thirtysomething', [30, 39]],
  ['sexagenarian', [60, 69]],
  ['septuagenarian', [70, 79]],
  ['octogenarian', [80, 89]],
  ['nonagenarian', [90, 99]],
  ['centenarian', [100, 130]],
]);
