/**
 * Words that make a claim a forecast rather than an account of what happened ("winds of up to 60 km/h are forecast",
 * "forecasters expect the river to crest at 9 m"): the lexical units of FrameNet's Predicting and Expectation frames
 * (forecast, predict, foresee, project, expect, anticipate, outlook), in the inflected forms news uses. "project" and
 * "outlook" are left out as bare nouns ("the project was finished"); "projected" stays.
 */
export const FORECAST_WORDS: readonly string[] = [
  'forecast', 'forecasts', 'forecasted', 'forecasting', 'forecaster', 'forecasters',
  'predict', 'predicts', 'predicted', 'predicting', 'prediction', 'predictions',
  'foresee', 'foresees', 'foreseen', 'expect', 'expects', 'expected', 'expecting',
  'anticipate', 'anticipates', 'anticipated', 'projected', 'projection', 'projections',
];

/**
 * Nouns naming a forecast as a document or result, FrameNet Predicting's nominal units (forecast, prediction,
 * projection, prognosis, outlook): a claim credited to one ("according to projections published by the trust") is a
 * forecast. Person nouns ("forecasters") are not here: a forecaster can report what happened.
 */
export const FORECAST_HOLDER_NOUNS: readonly string[] = [
  'forecast', 'forecasts', 'prediction', 'predictions', 'projection', 'projections', 'prognosis', 'outlook',
];

/**
 * A plan told as given up: a plan or schedule word (FrameNet's Purpose and Scheduling frames: plan, intend, due,
 * schedule, set, slate, mean, supposed) under a time adverb that sets the plan before a change ("initially",
 * "originally", "at first", "previously"; Quirk et al. 1985 § 8.79 time-relationship adjuncts) or in the past perfect
 * ("had planned", "had been due": the past-in-the-past, § 4.21). "The park was originally due to open in March"
 * states the former plan, not when the park opened, so it is compared as a forecast is.
 */
export const PLAN_WORDS: readonly string[] = [
  'plan', 'plans', 'planned', 'planning', 'intend', 'intended', 'due', 'scheduled', 'set', 'slated', 'meant', 'supposed', 'timetabled',
];

export const SUPERSEDED_MARKERS: readonly string[] = ['initially', 'originally', 'first', 'previously', 'formerly'];
