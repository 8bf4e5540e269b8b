import type { AnalyzeInput } from '../../src/model/input.js';

/** Small inputs of every shape, each recognisable by its first document id or text. */
export const BATCH_INPUTS: AnalyzeInput[] = [
  'The harbour authority said the ferry would sail on Tuesday. A port spokesman said the ferry would not sail on Tuesday.',
  {
    documents: [
      { id: 'north', source: 'North Gazette', text: 'The council approved the new library budget of 4 million euros.' },
      { id: 'south', source: 'South Herald', text: 'The council rejected the new library budget.' },
    ],
  },
  'Two hikers were rescued from the ridge overnight, the mountain rescue team said.',
  { documents: [{ id: 'solo', text: 'The museum will reopen in March after repairs to its roof.' }] },
];
