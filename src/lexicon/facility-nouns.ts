/**
 * Head nouns of facility names ("Camp Harlan", "Riverside Mall", "Kelby General Hospital"): the hyponyms of WordNet 3.1
 * facility.n.01 and installation.n.02 (military base, camp, airport, station, prison, hospital …) and of
 * building.n.01 that news uses in proper names, with the British and American spellings. A facility sits inside a town
 * or inside another facility (a camp within a joint base), so its name does not exclude another place's. Words that
 * also open town names (Fort, Port, Market, Bridge, Tower, Hall, Mine: "Fort Worth", "Port Said") are left out.
 */
export const FACILITY_NOUNS: readonly string[] = [
  'base', 'camp', 'barracks', 'garrison', 'airport', 'airfield', 'airbase', 'aerodrome', 'station', 'terminal',
  'dock', 'docks', 'depot', 'warehouse', 'mall', 'hospital', 'clinic', 'prison', 'jail',
  'gaol', 'penitentiary', 'school', 'academy', 'university', 'college', 'church', 'cathedral', 'chapel', 'mosque',
  'temple', 'synagogue', 'shrine', 'stadium', 'arena', 'hotel', 'factory', 'plant', 'refinery', 'compound',
  'centre', 'center', 'zoo', 'museum', 'palace', 'embassy', 'consulate', 'building', 'courthouse',
  'complex', 'facility', 'laboratory', 'observatory', 'dam', 'reactor', 'library', 'theatre', 'theater',
];
