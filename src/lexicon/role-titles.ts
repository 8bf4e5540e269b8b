import { nullPrototype } from '../model/records.js';
/**
 * Roles and the titles a holder of the role is named with: "a judge" may be "Justice Amara Diallo", "a minister" may
 * be "Secretary Lina Park".
 *
 * Sources: dictionary senses of the titles (Merriam-Webster: "justice … a judge"; "magistrate … a judicial officer")
 * and the AP Stylebook "titles" entry (formal titles before a name).
 */
export const ROLE_TITLES: Readonly<Record<string, readonly string[]>> = nullPrototype({
  judge: ['judge', 'justice', 'magistrate'],
  minister: ['minister', 'secretary'],
  senator: ['senator', 'sen.'],
  governor: ['governor', 'gov.'],
  mayor: ['mayor'],
  officer: ['officer', 'constable', 'sergeant', 'sgt.', 'inspector', 'detective'],
  professor: ['professor', 'prof.'],
  doctor: ['doctor', 'dr.'],
});
