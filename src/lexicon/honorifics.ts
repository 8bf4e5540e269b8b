/**
 * Courtesy titles and honours written before a name ("Ms. Okafor", "Sir Alan Grey"), which are no given name.
 * Sources: the AP Stylebook "courtesy titles" entry (Mr., Mrs., Ms., Miss) and the styles of the British honours
 * system (Sir, Dame, Lord, Lady), with their spelled-out forms.
 */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'madame', 'sir', 'dame', 'lord', 'lady'];
