import * as abbreviations from './abbreviations.js';
import * as actorAliases from './actor-aliases.js';
import * as ageGroups from './age-groups.js';
import * as fulfillingVerbs from './fulfilling-verbs.js';
import * as priceWords from './price-words.js';
import * as speechNouns from './speech-nouns.js';
import * as attitudeVerbs from './attitude-verbs.js';
import * as attributionCues from './attribution-cues.js';
import * as certaintyScale from './certainty-scale.js';
import * as benefactives from './benefactives.js';
import * as bodySourceNouns from './body-source-nouns.js';
import * as changeDirection from './change-direction.js';
import * as clauseCues from './clause-cues.js';
import * as contentClauses from './content-clauses.js';
import * as countedNouns from './counted-nouns.js';
import * as dateCues from './date-cues.js';
import * as depictionNouns from './depiction-nouns.js';
import * as descriptionHeads from './description-heads.js';
import * as detectorStrengths from './detector-strengths.js';
import * as distanceWords from './distance-words.js';
import * as eventFrames from './event-frames.js';
import * as existenceVerbs from './existence-verbs.js';
import * as eventPhases from './event-phases.js';
import * as facilityNouns from './facility-nouns.js';
import * as filingNouns from './filing-nouns.js';
import * as deciderWords from './decider-words.js';
import * as purposeNouns from './purpose-nouns.js';
import * as pronounAgreement from './pronoun-agreement.js';
import * as wordnetPersonNouns from './wordnet-person-nouns.js';
import * as repetitionCues from './repetition-cues.js';
import * as sequenceCues from './sequence-cues.js';
import * as awarenessVerbs from './awareness-verbs.js';
import * as settingNouns from './setting-nouns.js';
import * as forecastCues from './forecast-cues.js';
import * as futureMarkers from './future-markers.js';
import * as foreignFunctionWords from './foreign-function-words.js';
import * as functionWords from './function-words.js';
import * as generalNouns from './general-nouns.js';
import * as groupMembers from './group-members.js';
import * as clockWords from './clock-words.js';
import * as valueVerbs from './value-verbs.js';
import * as contestWords from './contest-words.js';
import * as coPartyMarkers from './co-party-markers.js';
import * as roleAssigningVerbs from './role-assigning-verbs.js';
import * as contestStages from './contest-stages.js';
import * as sentencing from './sentencing.js';
import * as setCounts from './set-counts.js';
import * as genericCues from './generic-cues.js';
import * as grammarWords from './grammar-words.js';
import * as headsOfState from './heads-of-state.js';
import * as hedges from './hedges.js';
import * as implicatives from './implicatives.js';
import * as implicativeNouns from './implicative-nouns.js';
import * as incompatibleStates from './incompatible-states.js';
import * as pendingStates from './pending-states.js';
import * as intentionFrames from './intention-frames.js';
import * as intentionNouns from './intention-nouns.js';
import * as invariantVerbs from './invariant-verbs.js';
import * as irregularVerbs from './irregular-verbs.js';
import * as lightVerbs from './light-verbs.js';
import * as reversiveVerbs from './reversive-verbs.js';
import * as modalCues from './modal-cues.js';
import * as numberWords from './number-words.js';
import * as quantifyingNouns from './quantifying-nouns.js';
import * as gerundSubordinators from './gerund-subordinators.js';
import * as offices from './offices.js';
import * as onsetCues from './onset-cues.js';
import * as opposites from './opposites.js';
import * as organisationNames from './organisation-names.js';
import * as outletWords from './outlet-words.js';
import * as pageFurniture from './page-furniture.js';
import * as particles from './particles.js';
import * as phrasalVerbs from './phrasal-verbs.js';
import * as placesAdmin from './places-admin.js';
import * as placesSubnational from './places-subnational.js';
import * as places from './places.js';
import * as polarityCues from './polarity-cues.js';
import * as proximityPrepositions from './proximity-prepositions.js';
import * as processOutcomes from './process-outcomes.js';
import * as quantifierScale from './quantifier-scale.js';
import * as raisingVerbs from './raising-verbs.js';
import * as refutationCues from './refutation-cues.js';
import * as reportingVerbs from './reporting-verbs.js';
import * as residence from './residence.js';
import * as resultStates from './result-states.js';
import * as sidePrepositions from './side-prepositions.js';
import * as roleNouns from './role-nouns.js';
import * as roleTitles from './role-titles.js';
import * as simplePrepositions from './simple-prepositions.js';
import * as sourceReliability from './source-reliability.js';
import * as spellingVariants from './spelling-variants.js';
import * as stateStrengths from './state-strengths.js';
import * as stanceCues from './stance-cues.js';
import * as stanceFrames from './stance-frames.js';
import * as statusCues from './status-cues.js';
import * as synonyms from './synonyms.js';
import * as textNouns from './text-nouns.js';
import * as units from './units.js';
import * as dativeVerbs from './dative-verbs.js';
import * as functionalNouns from './functional-nouns.js';
import * as measureVerbs from './measure-verbs.js';
import * as honorifics from './honorifics.js';
import * as nameParticles from './name-particles.js';
import * as namingVerbs from './naming-verbs.js';
import * as labelVerbs from './label-verbs.js';
import * as contactingVerbs from './contacting-verbs.js';
import * as collectiveNouns from './collective-nouns.js';
import * as sourceNounKinds from './source-noun-kinds.js';
import * as truthValueCues from './truth-value-cues.js';
import * as updateCues from './update-cues.js';
import * as responsibilityVerbs from './responsibility-verbs.js';
import * as restitutiveVerbs from './restitutive-verbs.js';
import * as prizeWords from './prize-words.js';
import verbSynonyms from './verb-synonyms.json' with { type: 'json' };
import wordnetRelations from './wordnet-relations.json' with { type: 'json' };
import wordnetNouns from './wordnet-nouns.json' with { type: 'json' };
import * as wordnetAdverbs from './wordnet-adverbs.js';
import * as wordnetVerbIdioms from './wordnet-verb-idioms.js';
import * as wordnetTransitives from './wordnet-transitives.js';
import * as wordnetPhrasalVerbs from './wordnet-phrasal-verbs.js';
import * as wordnetIdiomSenses from './wordnet-idiom-senses.js';
import * as wordnetAlternations from './wordnet-alternations.js';
import * as priorModifiers from './prior-modifiers.js';
import * as converses from './converses.js';
import * as supportVerbs from './support-verbs.js';
import * as exclusiveOutcomes from './exclusive-outcomes.js';
import * as eventNouns from './event-nouns.js';
import * as wordVectors from './word-vectors.js';
import * as wordWeights from './word-weights.js';

/**
 * Every data file in src/lexicon, by file name: each module's exported tables (functions are code, not data, and
 * are left out when hashed), typed, so a stage can read `lexicon.tables['role-titles'].ROLE_TITLES`. A new data file
 * is added here; test/lexicon/provenance.test.ts fails until it is.
 */
export const SHIPPED_TABLES = {
  abbreviations,
  'actor-aliases': actorAliases,
  'age-groups': ageGroups,
  'fulfilling-verbs': fulfillingVerbs,
  'price-words': priceWords,
  'speech-nouns': speechNouns,
  'attitude-verbs': attitudeVerbs,
  'attribution-cues': attributionCues,
  benefactives,
  'body-source-nouns': bodySourceNouns,
  'certainty-scale': certaintyScale,
  'change-direction': changeDirection,
  'clause-cues': clauseCues,
  'content-clauses': contentClauses,
  'counted-nouns': countedNouns,
  'date-cues': dateCues,
  'depiction-nouns': depictionNouns,
  'description-heads': descriptionHeads,
  'detector-strengths': detectorStrengths,
  'distance-words': distanceWords,
  'event-frames': eventFrames,
  'existence-verbs': existenceVerbs,
  'event-phases': eventPhases,
  'facility-nouns': facilityNouns,
  'filing-nouns': filingNouns,
  'decider-words': deciderWords,
  'purpose-nouns': purposeNouns,
  'forecast-cues': forecastCues,
  'foreign-function-words': foreignFunctionWords,
  'function-words': functionWords,
  'general-nouns': generalNouns,
  'group-members': groupMembers,
  'clock-words': clockWords,
  'value-verbs': valueVerbs,
  'contest-words': contestWords,
  'co-party-markers': coPartyMarkers,
  'role-assigning-verbs': roleAssigningVerbs,
  'contest-stages': contestStages,
  sentencing,
  'set-counts': setCounts,
  'generic-cues': genericCues,
  'grammar-words': grammarWords,
  'heads-of-state': headsOfState,
  hedges,
  implicatives,
  'implicative-nouns': implicativeNouns,
  'incompatible-states': incompatibleStates,
  'pending-states': pendingStates,
  'result-states': resultStates,
  'side-prepositions': sidePrepositions,
  'intention-frames': intentionFrames,
  'intention-nouns': intentionNouns,
  'invariant-verbs': invariantVerbs,
  'irregular-verbs': irregularVerbs,
  'light-verbs': lightVerbs,
  'reversive-verbs': reversiveVerbs,
  'modal-cues': modalCues,
  'number-words': numberWords,
  'quantifying-nouns': quantifyingNouns,
  'gerund-subordinators': gerundSubordinators,
  offices,
  'onset-cues': onsetCues,
  opposites,
  'organisation-names': organisationNames,
  'outlet-words': outletWords,
  'page-furniture': pageFurniture,
  particles,
  'phrasal-verbs': phrasalVerbs,
  'places-admin': placesAdmin,
  'places-subnational': placesSubnational,
  places,
  'polarity-cues': polarityCues,
  'process-outcomes': processOutcomes,
  'quantifier-scale': quantifierScale,
  'proximity-prepositions': proximityPrepositions,
  'raising-verbs': raisingVerbs,
  'refutation-cues': refutationCues,
  'reporting-verbs': reportingVerbs,
  residence,
  'role-nouns': roleNouns,
  'role-titles': roleTitles,
  'simple-prepositions': simplePrepositions,
  'source-reliability': sourceReliability,
  'spelling-variants': spellingVariants,
  'state-strengths': stateStrengths,
  'stance-cues': stanceCues,
  'stance-frames': stanceFrames,
  'status-cues': statusCues,
  synonyms,
  'text-nouns': textNouns,
  'dative-verbs': dativeVerbs,
  'functional-nouns': functionalNouns,
  'future-markers': futureMarkers,
  'measure-verbs': measureVerbs,
  honorifics,
  'name-particles': nameParticles,
  'naming-verbs': namingVerbs,
  'label-verbs': labelVerbs,
  'contacting-verbs': contactingVerbs,
  'collective-nouns': collectiveNouns,
  'source-noun-kinds': sourceNounKinds,
  'truth-value-cues': truthValueCues,
  units,
  'update-cues': updateCues,
  'responsibility-verbs': responsibilityVerbs,
  'restitutive-verbs': restitutiveVerbs,
  'prize-words': prizeWords,
  'repetition-cues': repetitionCues,
  'sequence-cues': sequenceCues,
  'awareness-verbs': awarenessVerbs,
  'setting-nouns': settingNouns,
  'verb-synonyms': { default: verbSynonyms },
  'wordnet-relations': { default: wordnetRelations },
  'wordnet-nouns': { default: wordnetNouns },
  'wordnet-adverbs': wordnetAdverbs,
  'wordnet-verb-idioms': wordnetVerbIdioms,
  'wordnet-transitives': wordnetTransitives,
  'wordnet-phrasal-verbs': wordnetPhrasalVerbs,
  'wordnet-idiom-senses': wordnetIdiomSenses,
  'wordnet-alternations': wordnetAlternations,
  'prior-modifiers': priorModifiers,
  'wordnet-person-nouns': wordnetPersonNouns,
  'pronoun-agreement': pronounAgreement,
  converses,
  'support-verbs': supportVerbs,
  'exclusive-outcomes': exclusiveOutcomes,
  'event-nouns': eventNouns,
  'word-vectors': wordVectors,
  'word-weights': wordWeights,
} as const;
