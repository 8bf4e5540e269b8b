import { shippedStanceModel, type StanceModel } from './stance-model.js';

/** The fitted stance model that ships, for the public entry (the pipeline reads it through shippedStanceModel()). */
export const STANCE_MODEL: StanceModel = shippedStanceModel();
