import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../src/mine/index.js';
import { closeQuotation, minedRecords } from '../../src/mine/records.js';

// A quoted definition is the cited author's: it is never filed under the quoting document's
// author or year, whether the document names the cited author, only a year, only a marker, or
// nobody (a definition set in quotation marks). The document's own definitions keep its fields.
const SOURCE = { sector: 'academic', author: 'Solberg, I.', year: '2025', title: 'Mirror, model or municipality?' };

function filed(text: string): { author: string | undefined; year: string | undefined; title: string | undefined }[] {
  return minedRecords(mineDefinitions([text]), 'doc', SOURCE, 'doc.txt', 'record').map((r) => ({
    author: r.fields.author,
    year: r.fields.year,
    title: r.fields.title,
  }));
}

describe('mined records: who a definition is filed under', () => {
  it('files a quoted definition under the cited author and year', () => {
    expect(filed('According to Burns (2016), a smart city is a municipality that uses technology to increase its efficiency.')).toEqual([
      { author: 'Burns', year: '2016', title: 'quoted in Mirror, model or municipality? (Solberg, I., 2025)' },
    ]);
  });

  it('leaves author or year empty when the quotation does not give them, never the quoting document’s', () => {
    expect(filed('A smart city is a city that uses data to run its services [9].')).toEqual([
      { author: '', year: '', title: 'quoted in Mirror, model or municipality? (Solberg, I., 2025), ref. [9]' },
    ]);
    expect(filed('One council sums it up: “A smart city is a city that puts its data to work for residents.”')).toEqual([
      { author: '', year: '', title: 'quoted in Mirror, model or municipality? (Solberg, I., 2025)' },
    ]);
    expect(filed('Techopedia defines a smart city as a city in which sensor data and analytics automate its services.')).toEqual([
      { author: 'Techopedia', year: '', title: 'quoted in Mirror, model or municipality? (Solberg, I., 2025)' },
    ]);
  });

  it('files the document’s own definition under the document', () => {
    expect(filed('We define a smart city as a city whose services learn from the data they produce.')).toEqual([
      { author: 'Solberg, I.', year: '2025', title: 'Mirror, model or municipality?' },
    ]);
    expect(filed('In this paper, a smart city is a city that uses data to run its services for residents.')).toEqual([
      { author: 'Solberg, I.', year: '2025', title: 'Mirror, model or municipality?' },
    ]);
  });
});

describe('a mined record’s text', () => {
  it('closes a quotation the clause opened (the clause stops before the closing mark), and leaves balanced ones and apostrophes', () => {
    expect(closeQuotation('the smart city as “a city well performing')).toBe('the smart city as “a city well performing”');
    expect(closeQuotation('A smart city is ‘a city that uses ICT')).toBe('A smart city is ‘a city that uses ICT’');
    expect(closeQuotation('He said "a smart city is')).toBe('He said "a smart city is"');
    for (const same of ['the “smart city” is a city that', 'a city’s “data” use', 'it’s a city that', 'a city that ‘shares’ data'])
      expect(closeQuotation(same)).toBe(same);
  });
});
