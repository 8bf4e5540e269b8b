/**
 * Lower-case particles inside personal names ("Charles de Gaulle", "Ludwig van Beethoven", "Osama bin Laden"): the
 * nobiliary and patronymic particles of the Chicago Manual of Style (17th ed., § 8.5–8.12).
 */
export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y'];
