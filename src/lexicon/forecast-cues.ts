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
