import type { DocumentInput } from '../../src/model/document.js';

/** Two one-sentence reports that clash once; `expected` is the exact message an editor reads. */
export interface MessageRow {
  name: string;
  a: string;
  b: string;
  kind: string;
  expected: string;
}

const doc = (id: string, name: string, text: string): DocumentInput => ({ id, text, publishedAt: '2025-03-06', source: { name, kind: 'wire' } });
export const documentsOf = (row: MessageRow): DocumentInput[] => [doc('a', 'Wire One', row.a), doc('b', 'Paper Two', row.b)];

export const MESSAGE_ROWS: MessageRow[] = [
  {
    name: 'plural holders, present tense (numeric)',
    a: 'Police say 12 people died when the ferry capsized.',
    b: 'Firefighters say 40 people died when the ferry capsized.',
    kind: 'numeric',
    expected: 'Police say 12 people died when the ferry capsized; firefighters say 40 people died when the ferry capsized (numeric: "12 people" vs "40 people").',
  },
  {
    name: 'confirm vs deny by one holder: each side keeps its own verb (opposition)',
    a: 'The ministry confirmed that the plant had passed an inspection in May.',
    b: 'The ministry denied that the plant had passed an inspection.',
    kind: 'opposition',
    expected: 'The ministry confirmed that the plant had passed an inspection in May; the ministry denied that the plant had passed an inspection (opposition: "confirmed" vs "denied").',
  },
  {
    name: 'no reporting verb ("according to"), a number word opening the claim (numeric)',
    a: 'Twelve people were killed when the ferry capsized, according to the provincial police.',
    b: 'At least 40 people were killed when the ferry capsized, the rescue agency said.',
    kind: 'numeric',
    expected: 'According to the provincial police, twelve people were killed when the ferry capsized; the rescue agency said at least 40 people were killed when the ferry capsized (numeric: "Twelve people" vs "At least 40 people").',
  },
  {
    name: 'a pronoun holder (polarity)',
    a: 'They said the bridge will reopen on Friday.',
    b: 'The council said the bridge will not reopen on Friday.',
    kind: 'polarity',
    expected: 'They said the bridge will reopen on Friday; the council said the bridge will not reopen on Friday (polarity: reopen affirmed vs negated).',
  },
  {
    name: 'a name with a title, a quote shown whole (attribution)',
    a: '"We will not attend the summit," Kremlin spokesman Dmitry Peskov said on Monday.',
    b: '"We will not attend the summit," Foreign Minister Sergei Lavrov said on Monday.',
    kind: 'attribution',
    expected: 'Kremlin spokesman Dmitry Peskov said "We will not attend the summit"; Foreign Minister Sergei Lavrov said "We will not attend the summit" (attribution: the same words credited to "Kremlin spokesman Dmitry Peskov" and to "Foreign Minister Sergei Lavrov").',
  },
  {
    name: 'the report itself as holder, a place name opening the claim (temporal)',
    a: 'Rome will host the summit on Friday.',
    b: 'Rome will host the summit on Saturday.',
    kind: 'temporal',
    expected: 'Wire One says Rome will host the summit on Friday; Paper Two says Rome will host the summit on Saturday (temporal: "Friday" vs "Saturday").',
  },
  {
    name: 'an anonymous plural holder (location)',
    a: 'Officials said the two ministers signed the trade accord in Tartu on Friday.',
    b: 'Officials said the two ministers signed the trade accord in Tallinn on Friday.',
    kind: 'location',
    expected: 'Officials said the two ministers signed the trade accord in Tartu on Friday; officials said the two ministers signed the trade accord in Tallinn on Friday (location: "Tartu" vs "Tallinn").',
  },
  {
    name: 'pending vs decided (status)',
    a: 'The planning board is still assessing the stadium proposal.',
    b: 'The planning board rejected the stadium proposal.',
    kind: 'status',
    expected: 'Wire One says the planning board is still assessing the stadium proposal; Paper Two says the planning board rejected the stadium proposal (status: pending vs refused).',
  },
  {
    name: 'a short quote inside the claim (quote)',
    a: 'Peskov called the offer "insolent".',
    b: 'Peskov called the offer "impudent".',
    kind: 'quote',
    expected: 'Wire One says Peskov called the offer "insolent"; Paper Two says Peskov called the offer "impudent" (quote: "insolent" vs "impudent").',
  },
  {
    name: 'one act, two doers (actor)',
    a: 'Police fired first at the rally in the port, witnesses said.',
    b: 'Protesters fired first at the rally in the port, witnesses said.',
    kind: 'actor',
    expected: 'Witnesses said police fired first at the rally in the port; witnesses said protesters fired first at the rally in the port (actor: "Police" vs "Protesters").',
  },
  {
    name: 'an anonymous holder that is a phrase (numeric)',
    a: 'Some reports say 300 residents were evacuated.',
    b: 'The mayor says 500 residents were evacuated.',
    kind: 'numeric',
    expected: 'Some reports say 300 residents were evacuated; the mayor says 500 residents were evacuated (numeric: "300 residents" vs "500 residents").',
  },
];
